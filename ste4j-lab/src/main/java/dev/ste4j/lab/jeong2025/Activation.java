package dev.ste4j.lab.jeong2025;

/**
 * The binary activation σ of the two-layer network y = vᵀσ(Z·w).
 *
 * <ul>
 *   <li>{@code step}: σ(x) = 1{x > 0}, values 0/1, σ(0) = 0 (Yin et al. 2019, the paper's setting).</li>
 *   <li>{@code sign}: σ(x) = +1 for x ≥ 0, −1 otherwise; sign(0) = +1 as everywhere in ste4j.</li>
 * </ul>
 */
public enum Activation {
  STEP,
  SIGN;

  /** The registry name used in configurations and on the command line. */
  public String id() {
    return Choices.id(this);
  }

  /** σ(x) as a float. */
  public float apply(float x) {
    if (this == STEP) {
      return x > 0f ? 1f : 0f;
    }
    return x >= 0f ? 1f : -1f;
  }

  /** The activation registered under {@code name}; an unknown name fails with the list of known ones. */
  public static Activation parse(String name) {
    return Choices.parse(Activation.class, "activation", name);
  }
}
