package dev.ste4j.lab.shekhovtsov2021;

import java.util.List;

/**
 * The estimator-accuracy measurements, and the exact expected loss at each snapshot as {step, loss} pairs.
 */
public record EstimatorAccuracyResult(EstimatorAccuracyConfig config, List<AccuracyRow> rows,
    List<double[]> expectedLossBySnapshot) {

  /** The row for an estimator, layer (−1 = all), step and sample count; fails when there is none. */
  public AccuracyRow find(String estimator, int layer, int step, int samples) {
    return rows.stream()
        .filter(r -> r.estimator().equals(estimator) && r.layer() == layer && r.step() == step
            && r.samples() == samples)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row for " + estimator + " layer " + layer + " step "
            + step + " samples " + samples));
  }
}
