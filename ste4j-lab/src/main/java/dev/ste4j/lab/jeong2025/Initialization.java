package dev.ste4j.lab.jeong2025;

/**
 * How the latent weights w₀ (and v₀ when the second layer is trained) start.
 *
 * <ul>
 *   <li>{@code gaussian}: i.i.d. N(0, scale²), so Q(w₀) is a uniformly random binary vector.</li>
 *   <li>{@code zero}: all zero, so Q(w₀) = (+1, …, +1) by sign(0) = +1; the dynamics is then independent of the step
 *       size up to rounding, because the coarse gradient depends on w only through Q(w).</li>
 * </ul>
 */
public enum Initialization {
  GAUSSIAN,
  ZERO;

  /** The registry name used in configurations and on the command line. */
  public String id() {
    return Choices.id(this);
  }

  /** The initialisation registered under {@code name}; an unknown name fails with the list of known ones. */
  public static Initialization parse(String name) {
    return Choices.parse(Initialization.class, "initialization", name);
  }
}
