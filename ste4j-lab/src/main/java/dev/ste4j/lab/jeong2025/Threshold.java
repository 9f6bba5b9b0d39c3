package dev.ste4j.lab.jeong2025;

/**
 * The empirical sample-size threshold N*(n): the N at which the success probability crosses the level (50%).
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

  /** Whether a point estimate exists. */
  public boolean isEstimated() {
    return censoring == Censoring.NONE;
  }
}
