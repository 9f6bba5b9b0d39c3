package dev.ste4j.lab.jeong2025;

import java.util.List;

/**
 * The fitted exponent k in N*(n) ∝ nᵏ with a 95% bootstrap percentile interval.
 *
 * @param fit the least-squares fit to the point estimates N*(n), or null when fewer than two were estimated
 * @param lower lower end of the bootstrap interval (NaN when no replicate could be fitted)
 * @param upper upper end of the bootstrap interval
 * @param replicatesUsed bootstrap replicates in which every dimension of the fit had an estimated threshold
 * @param replicates bootstrap replicates drawn
 * @param dimensions the n values whose thresholds were fitted (empty when not fitted)
 */
public record ExponentEstimate(PowerLawFit fit, double lower, double upper, int replicatesUsed, int replicates,
                               List<Integer> dimensions) {

  public ExponentEstimate {
    dimensions = List.copyOf(dimensions);
  }

  /** Whether an exponent was fitted. */
  public boolean isEstimated() {
    return fit != null;
  }

  /** k, or NaN when not fitted. */
  public double exponent() {
    return fit == null ? Double.NaN : fit.exponent();
  }
}
