package dev.ste4j.cli.command.train;

import dev.ste4j.cli.Plural;
import dev.ste4j.cli.Progress;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.nn.checkpoint.Checkpoint;
import dev.ste4j.nn.train.EpochStats;
import dev.ste4j.nn.train.NonFinite;
import dev.ste4j.nn.train.TrainingListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * Shows a run's progress (steps/s, loss, running accuracy, ETA on one line of stderr), prints one line per epoch and
 * rewrites metrics.csv/json in the run folder after every epoch, so a run killed at any point leaves the figures of
 * its finished epochs.
 */
final class RunListener implements TrainingListener {

  private final RunFolder run;
  private final PrintWriter err;
  private final LongFunction<Progress> progressFactory;
  private final long totalSteps;
  private final List<EpochStats> history = new ArrayList<>();
  private Progress progress;

  RunListener(RunFolder run, PrintWriter err, boolean quiet, long totalSteps) {
    this(run, err, totalSteps, total -> Progress.start("train", total, quiet));
  }

  /** With the progress display made by {@code progressFactory} from the total number of batches (tests). */
  RunListener(RunFolder run, PrintWriter err, long totalSteps, LongFunction<Progress> progressFactory) {
    this.run = run;
    this.err = err;
    this.progressFactory = progressFactory;
    this.totalSteps = totalSteps;
  }

  List<EpochStats> history() {
    return List.copyOf(history);
  }

  @Override
  public void started(int epochs, int batchesPerEpoch, Checkpoint resumedFrom) {
    progress = progressFactory.apply(totalSteps);
    if (resumedFrom != null) {
      err.printf(Locale.ROOT, "ste train: resuming at epoch %d, batch %d (step %d) from the checkpoint%n",
          resumedFrom.epoch() + 1, resumedFrom.batch(), resumedFrom.step());
      err.flush();
      progress.advance((long) resumedFrom.epoch() * batchesPerEpoch + resumedFrom.batch());
    }
  }

  @Override
  public void step(int epoch, int batch, int batches, long step, double loss, double runningAccuracy) {
    // The count and the message change together, so a printed line never shows one batch's count with the next's
    // number.
    progress.step(String.format(Locale.ROOT, "epoch %d batch %d/%d loss %.4f acc %.2f%%", epoch, batch, batches,
        loss, 100 * runningAccuracy));
  }

  @Override
  public void skipped(NonFinite finding) {
    progress.step(String.format(Locale.ROOT, "epoch %d batch %d skipped", finding.epoch(), finding.batch()));
    err.println("ste train: skipped " + finding.describe());
    err.flush();
  }

  @Override
  public void epoch(EpochStats s, List<EpochStats> all) {
    history.clear();
    history.addAll(all);
    try {
      run.writeTable("metrics", MetricsTable.of(all));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    err.printf(Locale.ROOT, "%nepoch %d: train loss %.4f acc %.2f%%, test loss %.4f acc %.2f%%, %.1f s%s%n", s.epoch(),
        s.trainLoss(), 100 * s.trainAccuracy(), s.testLoss(), 100 * s.testAccuracy(), s.seconds(),
        s.skippedBatches() > 0 ? ", " + Plural.of(s.skippedBatches(), "batch") + " skipped" : "");
    err.flush();
  }

  void close() {
    if (progress != null) {
      progress.close();
    }
  }
}
