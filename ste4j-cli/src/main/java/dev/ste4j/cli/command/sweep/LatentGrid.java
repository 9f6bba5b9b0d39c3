package dev.ste4j.cli.command.sweep;

import dev.ste4j.cli.command.lab.shekhovtsov2021.Shekhovtsov2021Figures;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.lab.shekhovtsov2021.LatentWeightConfig;
import dev.ste4j.lab.shekhovtsov2021.LatentWeightSweep;
import dev.ste4j.lab.shekhovtsov2021.LatentWeightSweep.Curve;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code shekhovtsov2021-latent-DATA}: the latent-weight experiment of {@code ste lab shekhovtsov2021 latent --data
 * DATA}, one cell per rule; a row holds the rule's learning curve ({@link EpochRowColumns}). The summary is that
 * command's tables and plots (files {@code latent*}).
 */
final class LatentGrid extends ImageDataGrid<Integer, Curve, LatentWeightSweep> {

  /** @param folder the data folder; cells read it without fetching (on a cluster: the same path on every node) */
  LatentGrid(LatentWeightConfig config, String dataset, String scale, Path folder, boolean noFetch) {
    super(dataset, scale, folder, noFetch, source -> new LatentWeightSweep(config, source));
  }

  @Override
  public String name() {
    return "shekhovtsov2021-latent-" + dataset;
  }

  @Override
  public List<String> columns() {
    List<String> c = new ArrayList<>(List.of("rule", "learning_rate", "epochs"));
    c.addAll(EpochRowColumns.NAMES);
    return c;
  }

  @Override
  public List<Object> row(Integer rule, Curve curve) {
    List<Object> row = new ArrayList<>(List.of(sweep.config().rules().get(rule).id(),
        sweep.config().learningRates()[rule], curve.rows().size()));
    row.addAll(EpochRowColumns.values(curve.rows()));
    return row;
  }

  @Override
  public Curve parse(Integer rule, List<String> row) {
    return new Curve(EpochRowColumns.parse(row.get(0), Integer.parseInt(row.get(2)), row, 3));
  }

  @Override
  public List<String> summarize(List<Curve> results, RunFolder run, Report.Section section) throws IOException {
    LatentWeightConfig c = sweep.config();
    // The note of ste lab shekhovtsov2021 latent at the same limits.
    String note = c.trainLimit() > 0 || c.testLimit() > 0
        ? "A reduced run on a subset (--train-limit " + c.trainLimit() + ", --test-limit " + c.testLimit() + "), not "
            + "the paper's scale; use --train-limit 0 --test-limit 0 and more --epochs for full training."
        : "All training and test images.";
    String summary = Shekhovtsov2021Figures.latent(sweep.result(results), run, section, "latent", note);
    return List.of(summary.strip().split("\n"));
  }
}
