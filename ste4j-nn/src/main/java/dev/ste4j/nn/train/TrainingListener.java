package dev.ste4j.nn.train;

import dev.ste4j.nn.checkpoint.Checkpoint;
import java.nio.file.Path;
import java.util.List;

/** Receives the progress of a training run (progress display, CSV, report). Every method defaults to nothing. */
public interface TrainingListener {

  /** The run starts; {@code resumedFrom} is the checkpoint it continues, or null for a fresh run. */
  default void started(int epochs, int batchesPerEpoch, Checkpoint resumedFrom) {}

  /** A step was taken: the batch's loss and the epoch's running accuracy so far. */
  default void step(int epoch, int batch, int batchesPerEpoch, long step, double loss, double runningAccuracy) {}

  /** A batch with non-finite values was skipped (only with skipNonFinite). */
  default void skipped(NonFinite finding) {}

  /** An epoch ended; {@code history} holds every epoch so far, this one last (including those before a resume). */
  default void epoch(EpochStats stats, List<EpochStats> history) {}

  /** A checkpoint was written. */
  default void checkpointed(Path file, int epoch, int batch, long step) {}

  /** This listener, then {@code next}, for every event. */
  default TrainingListener then(TrainingListener next) {
    TrainingListener first = this;
    return new TrainingListener() {
      @Override
      public void started(int epochs, int batchesPerEpoch, Checkpoint resumedFrom) {
        first.started(epochs, batchesPerEpoch, resumedFrom);
        next.started(epochs, batchesPerEpoch, resumedFrom);
      }

      @Override
      public void step(int epoch, int batch, int batchesPerEpoch, long step, double loss, double runningAccuracy) {
        first.step(epoch, batch, batchesPerEpoch, step, loss, runningAccuracy);
        next.step(epoch, batch, batchesPerEpoch, step, loss, runningAccuracy);
      }

      @Override
      public void skipped(NonFinite finding) {
        first.skipped(finding);
        next.skipped(finding);
      }

      @Override
      public void epoch(EpochStats stats, List<EpochStats> history) {
        first.epoch(stats, history);
        next.epoch(stats, history);
      }

      @Override
      public void checkpointed(Path file, int epoch, int batch, long step) {
        first.checkpointed(file, epoch, batch, step);
        next.checkpointed(file, epoch, batch, step);
      }
    };
  }
}
