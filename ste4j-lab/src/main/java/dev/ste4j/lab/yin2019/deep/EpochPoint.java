package dev.ste4j.lab.yin2019.deep;

/**
 * The figures of one epoch of a run.
 *
 * @param epoch the epoch, counting from 1 (0 for a measurement of the starting weights)
 * @param trainLoss mean training cross-entropy over the epoch's batches (training mode, weights as at each batch) in
 *     Table 1 runs; in Figure 2 curves the loss over the whole training set in evaluation mode after the epoch
 * @param trainAccuracy training accuracy in [0, 1], likewise
 * @param testLoss cross-entropy on the evaluation set after the epoch
 * @param testAccuracy accuracy on the evaluation set after the epoch, in [0, 1]
 * @param learningRate the learning rate of the epoch's last step (base rate times schedule factor); NaN at epoch 0
 * @param seconds wall time of the epoch (the only figure that differs between identical runs)
 */
public record EpochPoint(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
                         double learningRate, double seconds) implements java.io.Serializable {

  /** The same point with the wall time set to 0, for comparing runs. */
  public EpochPoint withoutTime() {
    return new EpochPoint(epoch, trainLoss, trainAccuracy, testLoss, testAccuracy, learningRate, 0);
  }
}
