package dev.ste4j.lab.jeong2025;

import java.util.List;

/**
 * The thresholds N*(n) of one iterate (last or averaged) at one recovery level, and the exponents fitted to them.
 *
 * @param level the success probability defining the threshold (e.g. 0.5, 0.9, 0.99)
 * @param thresholds one per dimension, in the order of the grid
 * @param exponent k in N* ∝ nᵏ fitted to every estimated threshold, with its interval
 * @param upperExponent k fitted to the estimated thresholds of the upper half of the n grid only (where the exponent
 *     has had the most room to settle), with its interval from the same bootstrap replicates
 * @param localSlopes the slope log(N*_{i+1}/N*_i)/log(n_{i+1}/n_i) between consecutive estimated thresholds: a single
 *     power law fits only if these agree within their noise
 */
public record SampleComplexity(double level, List<Threshold> thresholds, ExponentEstimate exponent,
                               ExponentEstimate upperExponent, List<LocalSlope> localSlopes) {

  public SampleComplexity {
    thresholds = List.copyOf(thresholds);
    localSlopes = List.copyOf(localSlopes);
  }

  /**
   * The slope of log N* on log n between two consecutive estimated thresholds.
   *
   * @param from the smaller n
   * @param to the larger n
   * @param slope the local exponent
   */
  public record LocalSlope(int from, int to, double slope) {}
}
