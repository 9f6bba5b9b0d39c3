package dev.ste4j.lab.shekhovtsov2021;

/**
 * One measurement of the estimator-accuracy experiment: an estimator's accuracy on one layer's parameters (or all,
 * {@code layer = -1}) at one training step, for the mean of {@code samples} independent batch estimates ĝ_N.
 *
 * @param bias ‖E ĝ − g‖ against the exact gradient g (independent of N)
 * @param relativeBias bias / ‖g‖
 * @param variance E‖ĝ_N − E ĝ‖² = tr Var(ĝ)/N
 * @param rmse sqrt(E‖ĝ_N − g‖²) = sqrt(bias² + variance)
 * @param cosine mean over Monte Carlo trials of cos(ĝ_N, g)
 * @param cosineStdError standard error of that mean
 * @param exactMoments whether bias and variance are exact sums over states (false: Monte Carlo, for relaxations and
 *     ARM)
 * @param normRatio ‖E ĝ‖/‖g‖: the scale of the expectation against the exact gradient's
 * @param meanCosine cos(E ĝ, g): the direction of the expectation, whatever its scale
 */
public record AccuracyRow(int step, double expectedLoss, String estimator, int layer, int samples, double bias,
    double relativeBias, double variance, double rmse, double cosine, double cosineStdError, boolean exactMoments,
    double normRatio, double meanCosine) implements java.io.Serializable {

  /** "0", "1", … or "all". */
  public String layerName() {
    return layer < 0 ? "all" : Integer.toString(layer);
  }
}
