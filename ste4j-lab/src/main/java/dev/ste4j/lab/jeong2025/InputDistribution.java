package dev.ste4j.lab.jeong2025;

import dev.ste4j.tensor.random.Rng;

/**
 * The law of each input entry Z_kij (i.i.d. over samples k, rows i and features j).
 *
 * <p>The paper's theory assumes {@code gaussian}; the others probe Jeong et al. v2's claim that the STE fails for
 * general non-Gaussian data and that normalisation restores it. Centred ones with unit variance ({@code uniform},
 * {@code rademacher}) differ from the Gaussian only in shape; {@code shifted_gaussian} and {@code exponential} have a
 * non-zero mean; {@code exponential} is skewed; {@code student_t3} is heavy-tailed (finite variance 3, infinite
 * fourth moment).
 */
public enum InputDistribution {
  /** N(0, 1). */
  GAUSSIAN(0, 1),
  /** Uniform on [−√3, √3): mean 0, variance 1. */
  UNIFORM(0, 1),
  /** ±1 with probability ½ each: mean 0, variance 1. */
  RADEMACHER(0, 1),
  /** N(1, 1): a Gaussian with every feature's mean moved to 1. */
  SHIFTED_GAUSSIAN(1, 1),
  /** Exp(1): mean 1, variance 1, skewness 2. */
  EXPONENTIAL(1, 1),
  /** Student's t with 3 degrees of freedom: mean 0, variance 3, heavy tails. */
  STUDENT_T3(0, 3);

  private static final float SQRT3 = (float) Math.sqrt(3.0);

  private final double mean;
  private final double variance;

  InputDistribution(double mean, double variance) {
    this.mean = mean;
    this.variance = variance;
  }

  /** The registry name used in configurations and on the command line. */
  public String id() {
    return Choices.id(this);
  }

  /** The population mean of one entry. */
  public double mean() {
    return mean;
  }

  /** The population variance of one entry. */
  public double variance() {
    return variance;
  }

  /** One draw. */
  public float sample(Rng rng) {
    switch (this) {
      case GAUSSIAN:
        return (float) rng.nextGaussian();
      case UNIFORM:
        return SQRT3 * (2f * rng.nextFloat() - 1f);
      case RADEMACHER:
        return rng.nextSign();
      case SHIFTED_GAUSSIAN:
        return (float) (1.0 + rng.nextGaussian());
      case EXPONENTIAL:
        return (float) -Math.log(1.0 - rng.nextDouble());
      default: {
        double g = rng.nextGaussian();
        double chi = 0;
        for (int i = 0; i < 3; i++) {
          double e = rng.nextGaussian();
          chi += e * e;
        }
        return (float) (g / Math.sqrt(chi / 3.0));
      }
    }
  }

  /**
   * Fills {@code out} with independent draws, in index order. Gaussian entries come in pairs from Marsaglia's polar
   * method (no trigonometry, one logarithm per pair): generating the inputs is a large share of a trial's time.
   */
  public void fill(float[] out, Rng rng) {
    if (this == GAUSSIAN || this == SHIFTED_GAUSSIAN) {
      fillGaussian(out, rng, (float) mean);
      return;
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = sample(rng);
    }
  }

  private static void fillGaussian(float[] out, Rng rng, float shift) {
    int i = 0;
    while (i < out.length) {
      double a = 2.0 * rng.nextDouble() - 1.0;
      double b = 2.0 * rng.nextDouble() - 1.0;
      double s = a * a + b * b;
      if (s >= 1.0 || s == 0.0) {
        continue;
      }
      double f = Math.sqrt(-2.0 * Math.log(s) / s);
      out[i++] = shift + (float) (a * f);
      if (i < out.length) {
        out[i++] = shift + (float) (b * f);
      }
    }
  }

  /** The distribution registered under {@code name}; an unknown name fails with the list of known ones. */
  public static InputDistribution parse(String name) {
    return Choices.parse(InputDistribution.class, "input distribution", name);
  }
}
