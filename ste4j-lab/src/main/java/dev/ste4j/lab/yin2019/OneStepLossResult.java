package dev.ste4j.lab.yin2019;

import java.util.List;

/**
 * The result of experiment (d): for each N, the empirical loss (on those N samples) and the population loss at
 * (v, w) − η·(empirical ∂ℓ/∂v, empirical coarse gradient), for each η.
 */
public record OneStepLossResult(OneStepLossConfig config, double[] stepSizes, List<Curve> curves) {

  public OneStepLossResult {
    stepSizes = stepSizes.clone();
    curves = List.copyOf(curves);
  }

  /**
   * One curve.
   *
   * @param samples N
   * @param empiricalLoss the empirical loss after the step, per η
   * @param populationLoss the population loss after the same step, per η
   * @param patternChanges the number of η intervals over which some activation σ(Z⁽ᵏ⁾w) flips — each flip is a jump
   *     of the empirical loss, which is otherwise smooth (quadratic in v) along the line
   * @param largestChange the largest change of the empirical loss between neighboring η values
   */
  public record Curve(
      int samples, double[] empiricalLoss, double[] populationLoss, int patternChanges, double largestChange) {}
}
