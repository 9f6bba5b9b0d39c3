package dev.ste4j.cli.command.train;

import dev.ste4j.cli.report.Table;
import dev.ste4j.nn.train.EpochStats;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The per-epoch metrics of a run as a table: fixed columns, then every per-layer and extra figure seen. */
final class MetricsTable {

  private MetricsTable() {}

  static Table of(List<EpochStats> history) {
    Set<String> flips = new LinkedHashSet<>();
    Set<String> extras = new LinkedHashSet<>();
    for (EpochStats s : history) {
      flips.addAll(s.flipRatios().keySet());
      extras.addAll(s.extra().keySet());
    }
    List<String> cols = new ArrayList<>(List.of("epoch", "step", "train_loss", "train_accuracy", "test_loss",
        "test_accuracy", "lr_factor", "skipped_batches", "flip_ratio", "latent_saturation", "seconds"));
    flips.forEach(f -> cols.add("flip_ratio." + f));
    cols.addAll(extras);
    Table t = new Table(cols);
    for (EpochStats s : history) {
      List<Object> row = new ArrayList<>(List.of(s.epoch(), s.step(), s.trainLoss(), s.trainAccuracy(), s.testLoss(),
          s.testAccuracy(), s.rateFactor(), s.skippedBatches(), s.flipRatio(), s.latentSaturation(), s.seconds()));
      flips.forEach(f -> row.add(s.flipRatios().getOrDefault(f, Double.NaN)));
      extras.forEach(e -> row.add(s.extra().getOrDefault(e, Double.NaN)));
      t.row(row.toArray());
    }
    return t;
  }
}
