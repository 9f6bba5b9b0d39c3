package dev.ste4j.lab.shekhovtsov2021;

/**
 * One point of a learning curve of the latent-weight experiment, after epoch {@code epoch} (1-based).
 *
 * @param trainLoss mean sampled loss over the epoch's minibatches (sampled weights and noise, before each update)
 * @param deterministicAccuracy test accuracy of the deterministic network (z = 0, w = sign(η))
 * @param ensembleAccuracy test accuracy of the mean softmax over sampled networks; NaN in epochs where it was not
 *     evaluated (the study evaluates it after the last epoch only)
 * @param weights the latent-weight diagnostic after the epoch
 * @param seconds wall time of the epoch's training
 */
public record EpochRow(String rule, int epoch, double trainLoss, double deterministicAccuracy,
    double ensembleAccuracy, WeightStats weights, double seconds) implements java.io.Serializable {

  /** Mean over weights of min(θ, 1 − θ): 0.5 for fair coins, 0 for certain weights. */
  public double meanUncertainty() {
    return weights.meanUncertainty();
  }
}
