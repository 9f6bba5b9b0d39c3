package dev.ste4j.lab.yin2019;

import java.util.List;

/**
 * The result of experiment (d): for each N, the empirical loss (on those N samples) and the population loss at
 * (v, w) − η·(empirical ∂ℓ/∂v, empirical coarse gradient), for each η.
 */
public record OneStepLossResult(OneStepLossConfig config, double[] stepSizes, List<OneStepCurve> curves) {

  public OneStepLossResult {
    stepSizes = stepSizes.clone();
    curves = List.copyOf(curves);
  }
}
