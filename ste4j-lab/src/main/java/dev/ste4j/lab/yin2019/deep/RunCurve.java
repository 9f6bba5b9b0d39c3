package dev.ste4j.lab.yin2019.deep;

import java.util.List;

/**
 * One training run: its per-epoch figures and the final evaluation.
 *
 * @param epochs per-epoch figures, in order
 * @param testLoss final loss on the evaluation set
 * @param testAccuracy final accuracy on the evaluation set, in [0, 1]
 * @param seed the seed of the run's shuffling
 * @param seconds wall time of the run
 */
public record RunCurve(List<EpochPoint> epochs, double testLoss, double testAccuracy, long seed, double seconds)
    implements java.io.Serializable {

  public RunCurve {
    epochs = List.copyOf(epochs);
  }

  /** The last epoch's mean training loss — the "training loss" of the paper's Table 1; NaN without epochs. */
  public double finalTrainLoss() {
    return epochs.isEmpty() ? Double.NaN : epochs.get(epochs.size() - 1).trainLoss();
  }

  /** The same run with every wall time set to 0, for comparing runs. */
  public RunCurve withoutTime() {
    return new RunCurve(epochs.stream().map(EpochPoint::withoutTime).toList(), testLoss, testAccuracy, seed, 0);
  }
}
