package dev.ste4j.lab.shekhovtsov2021;

import java.util.Arrays;
import java.util.Locale;

/**
 * The standard (scale 1) symmetric noise distributions of a stochastic binary unit x = sign(a − z).
 *
 * <p>Each kind gives its CDF F₀, its density F₀′ and its inverse CDF (to draw z from a uniform u). Symmetry,
 * F₀(−t) = 1 − F₀(t), is what lets a unit's probability be written as P(x | a) = F(x·a) for x ∈ {−1, +1}.
 */
public enum NoiseKind {

  /** Logistic noise: F₀ = sigmoid, so E[x | a] = tanh(a/2). Support is the whole line: no state has probability 0. */
  LOGISTIC("logistic") {
    @Override
    public double cdf(double t) {
      // Two branches so that neither exp overflows: sigmoid is accurate for |t| up to ~745.
      if (t >= 0) {
        return 1.0 / (1.0 + Math.exp(-t));
      }
      double e = Math.exp(t);
      return e / (1.0 + e);
    }

    @Override
    public double density(double t) {
      // e^{−|t|}/(1 + e^{−|t|})²: full relative accuracy in the tails, where σ(1 − σ) rounds 1 − σ to 0 (|t| > 37)
      // although a noise of tiny scale s turns the tail F₀′(a/s) into a large F′(a) = F₀′(a/s)/s.
      double e = Math.exp(-Math.abs(t));
      double d = 1.0 + e;
      return e / (d * d);
    }

    @Override
    public double inverseCdf(double u) {
      return Math.log(u / (1.0 - u));
    }
  },

  /**
   * Uniform noise on [−1, 1]: F₀(t) = clip((t + 1)/2, 0, 1), E[x | a] = clip(a, −1, 1) (hardtanh). The density is
   * 1/2 on the closed interval |t| ≤ 1 (the kinks count as inside, matching the saturated STE 1{|a| ≤ 1}) and 0
   * outside; a unit with |a| > 1 is deterministic.
   */
  UNIFORM("uniform") {
    @Override
    public double cdf(double t) {
      return Math.min(1.0, Math.max(0.0, 0.5 * (t + 1.0)));
    }

    @Override
    public double density(double t) {
      return Math.abs(t) <= 1.0 ? 0.5 : 0.0;
    }

    @Override
    public double inverseCdf(double u) {
      return 2.0 * u - 1.0;
    }
  };

  private final String id;

  NoiseKind(String id) {
    this.id = id;
  }

  /** The name used in configurations and JSON ("logistic", "uniform"). */
  public String id() {
    return id;
  }

  /** F₀(t) = P(z ≤ t). */
  public abstract double cdf(double t);

  /** F₀′(t). */
  public abstract double density(double t);

  /** F₀⁻¹(u) for u in (0, 1). */
  public abstract double inverseCdf(double u);

  /** The kind with this name; an unknown name fails with the list of known ones. */
  public static NoiseKind parse(String name) {
    for (NoiseKind k : values()) {
      if (k.id.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown noise \"" + name + "\"; known: "
        + Arrays.stream(values()).map(NoiseKind::id).toList());
  }
}
