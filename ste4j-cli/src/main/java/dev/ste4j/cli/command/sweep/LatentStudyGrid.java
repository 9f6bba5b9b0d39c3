package dev.ste4j.cli.command.sweep;

import dev.ste4j.cli.command.lab.shekhovtsov2021.LatentStudyFigures;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.lab.shekhovtsov2021.EpochRow;
import dev.ste4j.lab.shekhovtsov2021.LatentStudy;
import dev.ste4j.lab.shekhovtsov2021.LatentStudyConfig;
import dev.ste4j.lab.shekhovtsov2021.LatentStudySweep;
import dev.ste4j.lab.shekhovtsov2021.LatentStudySweep.Cell;
import dev.ste4j.lab.shekhovtsov2021.LatentStudySweep.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code shekhovtsov2021-study-DATA}: the latent-weight study of {@code ste lab shekhovtsov2021 study --data DATA},
 * one cell per validation run (rule, candidate rate) and per training run (rule, seed). A training row holds its
 * curve (per-epoch values, space-separated; each epoch's uncertainty histogram as values joined by {@code :}); the
 * summary is that command's tables and plots (files {@code study-DATA-*}).
 */
final class LatentStudyGrid extends ImageDataGrid<Cell, Outcome, LatentStudySweep> {

  private static final List<String> CURVES = EpochRowColumns.NAMES;

  /** @param folder the data folder; cells read it without fetching (on a cluster: the same path on every node) */
  LatentStudyGrid(LatentStudyConfig config, String dataset, String scale, Path folder, boolean noFetch) {
    super(dataset, scale, folder, noFetch, source -> new LatentStudySweep(config, source));
  }

  @Override
  public String name() {
    return "shekhovtsov2021-study-" + dataset;
  }

  @Override
  public List<String> columns() {
    List<String> c = new ArrayList<>(List.of("phase", "rule", "index", "rate", "seed", "validation_accuracy",
        "epochs"));
    c.addAll(CURVES);
    return c;
  }

  @Override
  public List<Object> row(Cell cell, Outcome o) {
    List<Object> row = new ArrayList<>();
    String rule = sweep.config().rules().get(cell.rule()).id();
    if (cell.validation()) {
      row.addAll(List.of("validation", rule, cell.index(), o.validation().rate(), sweep.config().seed(),
          o.validation().validationAccuracy(), 0));
      CURVES.forEach(c -> row.add(""));
      return row;
    }
    LatentStudy.Run r = o.run();
    row.addAll(List.of("training", rule, cell.index(), r.rate(), r.seed(), Double.NaN, r.curve().size()));
    row.addAll(EpochRowColumns.values(r.curve()));
    return row;
  }

  /** The result from a stored row; wall times are timings, not stored, so they read back as 0. */
  @Override
  public Outcome parse(Cell cell, List<String> row) {
    String rule = row.get(1);
    double rate = Double.parseDouble(row.get(3));
    if (cell.validation()) {
      return new Outcome(new LatentStudy.SweepRow(rule, rate, Double.parseDouble(row.get(5)), 0), null);
    }
    List<EpochRow> curve = EpochRowColumns.parse(rule, Integer.parseInt(row.get(6)), row, 7);
    return new Outcome(null, new LatentStudy.Run(rule, Long.parseLong(row.get(4)), rate, curve, 0));
  }

  @Override
  public List<String> summarize(List<Outcome> results, RunFolder run, Report.Section section) throws IOException {
    LatentStudyConfig c = sweep.config();
    String note = scale.equals("full") ? "Full scale: all training and test images."
        : "Quick scale: a reduced run (" + c.trainLimit() + " training and " + c.testLimit() + " test images), "
            + "not the paper's.";
    String summary = LatentStudyFigures.study(sweep.result(results, section.seconds()), run, section,
        "study-" + dataset, note);
    return List.of(summary.strip().split("\n"));
  }
}
