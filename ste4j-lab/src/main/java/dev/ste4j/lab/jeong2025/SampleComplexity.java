package dev.ste4j.lab.jeong2025;

import java.util.List;

/**
 * The thresholds N*(n) of one iterate (last or averaged) and the exponent fitted to them.
 *
 * @param level the success probability defining the threshold (0.5)
 * @param thresholds one per dimension, in the order of the grid
 * @param exponent k in N* ∝ nᵏ with its interval
 */
public record SampleComplexity(double level, List<Threshold> thresholds, ExponentEstimate exponent) {

  public SampleComplexity {
    thresholds = List.copyOf(thresholds);
  }
}
