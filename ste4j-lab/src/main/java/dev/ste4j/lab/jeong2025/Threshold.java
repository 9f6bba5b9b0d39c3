package dev.ste4j.lab.jeong2025;

/**
 * The empirical sample-size threshold N*(n): the N at which the success probability crosses a recovery level (50, 90 or 99 %).
 *
 * <p>{@link Censoring#BELOW_GRID}: the success rate already reaches the level at the smallest N of the grid, so
 * N* ≤ N_min and no value is given; {@link Censoring#ABOVE_GRID}: it never reaches it, so N* > N_max. In both cases
 * {@code value} is NaN. The interval is the bootstrap percentile interval; a bound is infinite (or 0) when at least
 * that share of the bootstrap replicates was censored on that side.
 *
 * @param dimension n
 * @param value the point estimate (NaN when censored)
 * @param lower lower end of the 95% bootstrap interval
 * @param upper upper end of the 95% bootstrap interval
 * @param censoring whether the crossing lies inside the grid
 */
public record Threshold(int dimension, double value, double lower, double upper, Censoring censoring) {

  /** Where the crossing lies relative to the grid of sample sizes. */
  public enum Censoring {
    NONE, BELOW_GRID, ABOVE_GRID
  }

  /**
   * The threshold from a point estimate and its bootstrap replicates: a point at ±∞ is censored below or above the
   * grid, and the interval is the replicates' 2.5 % and 97.5 % quantiles (the lower one at least 0).
   */
  static Threshold fromBootstrap(int dimension, double point, double[] replicates) {
    Censoring censoring = point == Double.NEGATIVE_INFINITY ? Censoring.BELOW_GRID
        : point == Double.POSITIVE_INFINITY ? Censoring.ABOVE_GRID : Censoring.NONE;
    double value = censoring == Censoring.NONE ? point : Double.NaN;
    if (replicates.length == 0) {
      return new Threshold(dimension, value, Double.NaN, Double.NaN, censoring);
    }
    double[] r = replicates.clone();
    java.util.Arrays.sort(r);
    // A replicate censored below the grid sorts as −∞ and one above as +∞, which is what the bounds then say.
    double lo = Math.max(0, ThresholdEstimator.quantile(r, 0.025));
    double hi = ThresholdEstimator.quantile(r, 0.975);
    return new Threshold(dimension, value, lo, hi, censoring);
  }

  /** Whether a point estimate exists. */
  public boolean isEstimated() {
    return censoring == Censoring.NONE;
  }
}
