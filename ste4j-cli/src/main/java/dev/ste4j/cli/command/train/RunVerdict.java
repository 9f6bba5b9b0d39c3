package dev.ste4j.cli.command.train;

import dev.ste4j.nn.train.EpochStats;
import java.util.List;
import java.util.Optional;

/**
 * Whether a training run that ran to its end may be called a success. It may not when an epoch skipped more than half
 * of its batches for non-finite values ({@code --skip-nonfinite}: the model then learnt from too little of the data
 * for its figures to mean what they seem to), or when the final test loss is not finite (the model's outputs overflow
 * on the test data).
 */
final class RunVerdict {

  private RunVerdict() {}

  /** The reason the run failed, or empty for a success. */
  static Optional<String> failure(List<EpochStats> history, int batchesPerEpoch, double finalTestLoss) {
    for (EpochStats s : history) {
      if (2L * s.skippedBatches() > batchesPerEpoch) {
        return Optional.of("epoch " + s.epoch() + " skipped " + s.skippedBatches() + " of its " + batchesPerEpoch
            + " batches for non-finite values (more than half)");
      }
    }
    if (!Double.isFinite(finalTestLoss)) {
      return Optional.of("the final test loss is " + finalTestLoss);
    }
    return Optional.empty();
  }
}
