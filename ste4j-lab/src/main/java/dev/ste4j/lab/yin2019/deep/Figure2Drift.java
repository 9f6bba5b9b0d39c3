package dev.ste4j.lab.yin2019.deep;

/**
 * Whether one Figure 2 curve drifted away from its minimum during the tiny-rate epochs, by the rule of
 * {@link #of}: the training loss rose by more than its own spread over the preceding epochs, and the test accuracy
 * dropped by more than its binomial standard error. Any increase at all does not count: the loss of a network
 * trained on at a tiny rate wanders up and down by small amounts.
 *
 * @param rise the training loss after the last drift epoch minus the minimum's, L_K − L_0
 * @param spread the spread (max − min) of the training loss over epochs 0..K−1, the epochs preceding the last
 * @param accuracyDrop the test accuracy of the minimum minus that after the last drift epoch, A_0 − A_K (fraction)
 * @param standardError the binomial standard error √(A_0(1 − A_0)/n) of the minimum's test accuracy on n images
 */
public record Figure2Drift(double rise, double spread, double accuracyDrop, double standardError) {

  /** The fewest drift epochs for which the spread of the preceding epochs means anything. */
  public static final int MIN_DRIFT_EPOCHS = 3;

  /** The rule, written once for the reports. */
  public static final String RULE = "a curve drifts when, after its K tiny-rate epochs, the training loss exceeds "
      + "the minimum's by more than the loss's spread (max − min) over epochs 0..K−1 and the test accuracy is below "
      + "the minimum's by more than its binomial standard error √(a(1−a)/n)";

  /**
   * Judges a curve's drift phase on a test set of {@code testSize} images.
   *
   * @throws IllegalArgumentException when the curve has fewer than {@link #MIN_DRIFT_EPOCHS} drift epochs
   */
  public static Figure2Drift of(Figure2Curve c, int testSize) {
    int k = c.driftEpochs();
    if (k < MIN_DRIFT_EPOCHS || c.points().size() <= k) {
      throw new IllegalArgumentException("figure2: judging a drift needs at least " + MIN_DRIFT_EPOCHS
          + " drift epochs, got " + k);
    }
    if (testSize < 1) {
      throw new IllegalArgumentException("figure2: test size must be positive, got " + testSize);
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      double l = c.points().get(j).trainLoss();
      lo = Math.min(lo, l);
      hi = Math.max(hi, l);
    }
    EpochPoint start = c.start();
    EpochPoint end = c.afterDrift();
    double a = start.testAccuracy();
    return new Figure2Drift(end.trainLoss() - start.trainLoss(), hi - lo, a - end.testAccuracy(),
        Math.sqrt(a * (1 - a) / testSize));
  }

  /** The loss rose by more than its spread over the preceding epochs. */
  public boolean lossRose() {
    return rise > spread;
  }

  /** The test accuracy fell by more than its binomial standard error. */
  public boolean accuracyDropped() {
    return accuracyDrop > standardError;
  }

  /** Both: the curve left its minimum, as the paper's Figure 2 curves do. */
  public boolean drifted() {
    return lossRose() && accuracyDropped();
  }
}
