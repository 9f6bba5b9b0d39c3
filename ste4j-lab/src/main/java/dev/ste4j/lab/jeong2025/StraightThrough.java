package dev.ste4j.lab.jeong2025;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The straight-through estimator μ whose derivative μ' replaces σ' in the backward pass of the coarse gradient
 * (Yin et al. 2019, Eq. 5): g = Zᵀ(μ'(Z·u) ⊙ v)(vᵀσ(Z·u) − y).
 *
 * <ul>
 *   <li>{@code identity}: μ(x) = x, μ'(x) = 1.</li>
 *   <li>{@code relu}: μ(x) = max(x, 0), μ'(x) = 1{x > 0} (0 at the kink x = 0).</li>
 *   <li>{@code clipped_relu}: μ(x) = min(max(x, 0), c), μ'(x) = 1{0 < x < c} (0 at both kinks); c is the clip
 *       level.</li>
 * </ul>
 * The pre-activation x = z·Q(w) is not rescaled: with Q(w) ∈ {±1}ⁿ and Gaussian z its standard deviation is √n, so
 * the clip level is in those units.
 */
public enum StraightThrough {
  IDENTITY("identity"),
  RELU("relu"),
  CLIPPED_RELU("clipped_relu");

  private final String id;

  StraightThrough(String id) {
    this.id = id;
  }

  /** The registry name used in configurations and on the command line. */
  public String id() {
    return id;
  }

  /** μ'(x) for clip level {@code clip} (used by {@code clipped_relu} only). */
  public float derivative(float x, float clip) {
    switch (this) {
      case IDENTITY:
        return 1f;
      case RELU:
        return x > 0f ? 1f : 0f;
      default:
        return x > 0f && x < clip ? 1f : 0f;
    }
  }

  /** The estimator registered under {@code name}; an unknown name fails with the list of known ones. */
  public static StraightThrough parse(String name) {
    for (StraightThrough s : values()) {
      if (s.id.equals(name.trim().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown straight-through estimator '" + name + "': expected one of "
        + Arrays.stream(values()).map(StraightThrough::id).collect(Collectors.joining(", ")));
  }
}
