package dev.ste4j.nn.train;

import dev.ste4j.nn.data.LastBatch;

/**
 * The options of a training run.
 *
 * @param epochs number of passes over the training data (≥ 1)
 * @param batchSize samples per optimizer step (≥ 1); the last batch of an epoch may be smaller (see lastBatch)
 * @param seed seeds the shuffling (epoch e uses the permutation drawn from {@code new Rng(seed).split(e)})
 * @param skipNonFinite when true a batch with a non-finite loss or gradient is skipped (no step) instead of stopping
 * @param checkpointEverySteps also checkpoint every this many steps inside an epoch; 0 for epoch ends only
 * @param evalBatchSize batch size for evaluation (does not change results, only memory and speed); evaluation never
 *     drops a sample
 * @param lastBatch what an epoch does with a remainder smaller than a batch (default {@link LastBatch#DROP_SINGLE})
 */
public record TrainingOptions(int epochs, int batchSize, long seed, boolean skipNonFinite, int checkpointEverySteps,
                              int evalBatchSize, LastBatch lastBatch) {

  public TrainingOptions {
    if (lastBatch == null) {
      throw new IllegalArgumentException("training options: the last-batch policy is null");
    }
    if (epochs < 1 || batchSize < 1 || checkpointEverySteps < 0 || evalBatchSize < 1) {
      throw new IllegalArgumentException("training options: need epochs ≥ 1, batch ≥ 1, checkpoint interval ≥ 0 and"
          + " evaluation batch ≥ 1; got epochs=" + epochs + " batch=" + batchSize + " checkpointEvery="
          + checkpointEverySteps + " evalBatch=" + evalBatchSize);
    }
  }

  /** The options with the default last-batch policy. */
  public TrainingOptions(int epochs, int batchSize, long seed, boolean skipNonFinite, int checkpointEverySteps,
                         int evalBatchSize) {
    this(epochs, batchSize, seed, skipNonFinite, checkpointEverySteps, evalBatchSize, LastBatch.DEFAULT);
  }

  public static TrainingOptions of(int epochs, int batchSize, long seed) {
    return new TrainingOptions(epochs, batchSize, seed, false, 0, 1000);
  }

  public TrainingOptions withSkipNonFinite(boolean skip) {
    return new TrainingOptions(epochs, batchSize, seed, skip, checkpointEverySteps, evalBatchSize, lastBatch);
  }

  public TrainingOptions withCheckpointEvery(int steps) {
    return new TrainingOptions(epochs, batchSize, seed, skipNonFinite, steps, evalBatchSize, lastBatch);
  }

  public TrainingOptions withLastBatch(LastBatch policy) {
    return new TrainingOptions(epochs, batchSize, seed, skipNonFinite, checkpointEverySteps, evalBatchSize, policy);
  }

  /** Number of batches (optimizer steps, none skipped) per epoch over {@code n} training samples. */
  public int batchesPerEpoch(int n) {
    return lastBatch.batches(n, batchSize);
  }
}
