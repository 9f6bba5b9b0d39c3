package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.tensor.random.Rng;

/**
 * Noise of a given kind and scale s: z = s·z₀, so F(a) = F₀(a/s) and F′(a) = F₀′(a/s)/s.
 *
 * <p>A stochastic binary unit is x = sign(a − z) with sign(0) = +1, so P(x = +1 | a) = F(a), P(x | a) = F(x·a) and
 * E[x | a] = 2F(a) − 1. Its exact derivative is d/da E[f(x)] = F′(a)·(f(+1) − f(−1)); the ST estimator replaces the
 * difference by 2·∂f/∂x, so its backward factor is {@link #stFactor(double) 2F′(a)} = d/da E[x | a]
 * (Shekhovtsov &amp; Yanush 2021).
 */
public record Noise(NoiseKind kind, double scale) {

  public Noise {
    if (kind == null) {
      throw new IllegalArgumentException("noise kind is required");
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("noise scale must be positive and finite, got " + scale);
    }
  }

  /** Standard logistic noise (scale 1). */
  public static Noise logistic() {
    return new Noise(NoiseKind.LOGISTIC, 1.0);
  }

  /** Uniform noise on [−1, 1]. */
  public static Noise uniform() {
    return new Noise(NoiseKind.UNIFORM, 1.0);
  }

  /** F(a) = P(z ≤ a) = P(x = +1 | a). */
  public double cdf(double a) {
    return kind.cdf(a / scale);
  }

  /** F′(a). */
  public double density(double a) {
    return kind.density(a / scale) / scale;
  }

  /** P(x | a) = F(x·a) for x ∈ {−1, +1}. */
  public double probability(int x, double a) {
    return cdf(x * a);
  }

  /**
   * ∂ log P(x | a)/∂a = x·F′(a)/F(x·a), the score of the state; defined only where P(x | a) &gt; 0 (states of
   * probability 0 are never sampled and are skipped by enumeration).
   */
  public double score(int x, double a) {
    return x * density(a) / cdf(x * a);
  }

  /**
   * s·∂ log P(x | a)/∂a = x·F₀′(a/s)/F₀(x·a/s): the score per unit of scale. Finite where the score itself overflows
   * (a tiny scale, |a| ≲ s, where F′(a) ≈ 1/s), so an exact gradient can sum these and divide by s once at the end.
   */
  public double scaledScore(int x, double a) {
    double t = a / scale;
    return x * kind.density(t) / kind.cdf(x * t);
  }

  /** s·2F′(a) = 2F₀′(a/s): the ST factor per unit of scale (see {@link #scaledScore}). */
  public double scaledStFactor(double a) {
    return 2.0 * kind.density(a / scale);
  }

  /** 2F′(a) = d/da E[x | a]: the principled ST backward factor. */
  public double stFactor(double a) {
    return 2.0 * density(a);
  }

  /** E[x | a] = 2F(a) − 1. */
  public double mean(double a) {
    return 2.0 * cdf(a) - 1.0;
  }

  /** A draw of z = s·F₀⁻¹(u), u uniform in (0, 1). */
  public double sample(Rng rng) {
    double u = rng.nextDouble();
    while (u == 0.0) {
      u = rng.nextDouble(); // F₀⁻¹(0) is −∞ for logistic noise
    }
    return scale * kind.inverseCdf(u);
  }

  /** sign(a − z) with sign(0) = +1. */
  public static int sign(double t) {
    return t >= 0 ? 1 : -1;
  }

  @Override
  public String toString() {
    return kind.id() + "(scale=" + scale + ")";
  }
}
