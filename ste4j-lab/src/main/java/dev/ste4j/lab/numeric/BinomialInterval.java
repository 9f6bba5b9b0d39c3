package dev.ste4j.lab.numeric;

/**
 * The Wilson score interval for a binomial proportion: {@code k} successes in {@code n} trials. Unlike the normal
 * approximation it stays inside [0, 1] and does not collapse to a point at 0 % or 100 %, which matters for the
 * recovery rates and accuracies the labs report.
 *
 * @param successes the count k
 * @param trials    the count n
 * @param low       lower end of the interval
 * @param high      upper end of the interval
 */
public record BinomialInterval(long successes, long trials, double low, double high) {

  /** z for a two-sided 95 % interval. */
  public static final double Z95 = 1.959963984540054;

  /** The 95 % Wilson interval of {@code successes} in {@code trials}. */
  public static BinomialInterval wilson95(long successes, long trials) {
    return wilson(successes, trials, Z95);
  }

  /** The Wilson interval with normal quantile {@code z}; throws unless 0 ≤ k ≤ n and n ≥ 1. */
  public static BinomialInterval wilson(long successes, long trials, double z) {
    if (trials < 1 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "a binomial interval needs 0 <= successes <= trials and trials >= 1, got " + successes + " of " + trials);
    }
    double n = trials;
    double p = successes / n;
    double z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    double low = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
    double high = successes == trials ? 1.0 : Math.min(1.0, centre + half);
    return new BinomialInterval(successes, trials, low, high);
  }

  /** The observed proportion k / n. */
  public double rate() {
    return (double) successes / trials;
  }

  /** The binomial standard error √(p(1−p)/n) of the observed proportion. */
  public double standardError() {
    double p = rate();
    return Math.sqrt(p * (1 - p) / trials);
  }
}
