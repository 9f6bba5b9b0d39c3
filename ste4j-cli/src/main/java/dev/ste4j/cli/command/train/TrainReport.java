package dev.ste4j.cli.command.train;

import dev.ste4j.cli.report.Charts;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.cli.report.XyChart;
import dev.ste4j.nn.train.EpochStats;
import dev.ste4j.nn.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The training part of a run's report: the final evaluation, the learning curves (loss and accuracy per epoch, train
 * and test), the binary-weight statistics when the model has binary weights, the per-epoch table, and the
 * interruptions the run went through.
 */
final class TrainReport {

  private TrainReport() {}

  /** Writes metrics.csv/json, the plots and the report sections; {@code result} is null for a stopped run. */
  static void write(RunFolder run, List<EpochStats> history, TrainingResult result, String stoppedBecause)
      throws IOException {
    Report report = run.report();
    Report.Section summary = report.section("Result");
    Map<String, Object> kv = new LinkedHashMap<>();
    if (result != null) {
      kv.put("test loss", result.testLoss());
      kv.put("test accuracy", result.testAccuracy());
      kv.put("steps", result.steps());
    } else {
      kv.put("stopped", stoppedBecause);
    }
    kv.put("epochs completed", history.size());
    kv.put("training seconds (sum over epochs)", history.stream().mapToDouble(EpochStats::seconds).sum());
    summary.keyValues(kv);
    if (run.info().get("resumes") instanceof List<?> resumes && !resumes.isEmpty()) {
      Table t = new Table("resumed_at", "previous_status", "last_checkpoint_written", "from_epoch", "from_batch",
          "from_step", "threads");
      for (Object o : resumes) {
        if (o instanceof Map<?, ?> m) {
          t.row(m.get("at"), m.get("previous_status"), m.get("checkpoint_written"), m.get("from_epoch"),
              m.get("from_batch"), m.get("from_step"), m.get("threads"));
        }
      }
      report.section("Interruptions")
          .paragraph("The run was stopped and resumed from its last checkpoint; a resumed run continues bitwise as "
              + "if it had not stopped.")
          .table(t);
    }
    if (history.isEmpty()) {
      return;
    }
    Table metrics = MetricsTable.of(history);
    run.writeTable("metrics", metrics);
    Report.Section curves = report.section("Learning curves");
    double[] epochs = history.stream().mapToDouble(EpochStats::epoch).toArray();
    Path loss = plot(run, "loss", "Loss", "cross-entropy", epochs, history,
        Map.of("train", EpochStats::trainLoss, "test", EpochStats::testLoss));
    if (loss != null) {
      curves.image(loss, "Mean training loss over each epoch and test loss after it.");
    }
    Path acc = plot(run, "accuracy", "Accuracy", "accuracy", epochs, history,
        Map.of("train", EpochStats::trainAccuracy, "test", EpochStats::testAccuracy));
    if (acc != null) {
      curves.image(acc, "Training accuracy over each epoch (weights changing) and test accuracy after it.");
    }
    Map<String, ToDoubleFunction<EpochStats>> binary = new LinkedHashMap<>();
    binary.put("flip ratio", EpochStats::flipRatio);
    binary.put("saturated latent weights", EpochStats::latentSaturation);
    binary.put("latent weights at the clip", s -> s.extra().getOrDefault("latent_at_clip", Double.NaN));
    binary.put("saturated pre-activations", s -> s.extra().getOrDefault("saturated_preact", Double.NaN));
    binary.put("gradient mismatch (1 - cos)", s -> s.extra().getOrDefault("gradient_mismatch", Double.NaN));
    Path bin = plot(run, "binary", "Binary-network statistics", "fraction", epochs, history, binary);
    if (bin != null) {
      report.section("Binary weights and straight-through statistics")
          .paragraph("Flip ratio: share of binary weights whose sign changed during the epoch. Saturated: share of "
              + "latent weights with |w| > 1 (at the clip: |w| ≥ c), and of quantizer inputs where the pseudo-derivative is 0 (no gradient "
              + "passes). Gradient mismatch: 1 − cos between the straight-through gradient of the quantized kernels "
              + "and the gradient with latent float kernels, on a fixed probe batch.")
          .image(bin, "Per-epoch statistics of the binary weights and of the straight-through estimator.");
    }
    report.section("Metrics per epoch").table(metrics);
  }

  /** A line chart of the series that have at least one finite value; null when none has. */
  private static Path plot(RunFolder run, String name, String title, String yLabel, double[] x,
                           List<EpochStats> history, Map<String, ToDoubleFunction<EpochStats>> series)
      throws IOException {
    XyChart chart = Charts.line(title, "epoch", yLabel);
    int added = 0;
    for (var e : new TreeMap<>(series).entrySet()) {
      double[] y = history.stream().mapToDouble(e.getValue()).toArray();
      if (Arrays.stream(y).anyMatch(Double::isFinite)) {
        Charts.add(chart, e.getKey(), x, y);
        added++;
      }
    }
    return added == 0 ? null : run.plot(name, chart);
  }
}
