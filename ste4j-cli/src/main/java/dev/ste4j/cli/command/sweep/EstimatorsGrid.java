package dev.ste4j.cli.command.sweep;

import dev.ste4j.cli.command.lab.shekhovtsov2021.Shekhovtsov2021Figures;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.lab.shekhovtsov2021.AccuracyRow;
import dev.ste4j.lab.shekhovtsov2021.EstimatorAccuracy;
import dev.ste4j.lab.shekhovtsov2021.EstimatorAccuracyConfig;
import dev.ste4j.lab.shekhovtsov2021.EstimatorAccuracySweep;
import dev.ste4j.lab.shekhovtsov2021.EstimatorAccuracySweep.Cell;
import dev.ste4j.lab.shekhovtsov2021.EstimatorAccuracySweep.Measured;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code shekhovtsov2021-estimators}: the estimator-accuracy experiment of {@code ste lab shekhovtsov2021 estimators},
 * one cell per (snapshot, estimator). A row holds the cell's measurements of every layer ({@code all}, then 0, 1, …)
 * and sample count N; the summary is that command's tables and plots (files {@code estimators*}).
 */
final class EstimatorsGrid implements SweepGrid<Cell, Measured> {

  /** Per layer, independent of N. */
  private static final List<String> PER_LAYER = List.of("bias", "relative_bias", "norm_ratio", "mean_cosine");
  /** Per layer and N. */
  private static final List<String> PER_SAMPLES = List.of("variance", "rmse", "cosine", "cosine_stderr");

  private final String scale;
  private final EstimatorAccuracySweep sweep;

  EstimatorsGrid(EstimatorAccuracyConfig config, List<String> estimators, String scale) {
    this.scale = scale;
    this.sweep = EstimatorAccuracySweep.of(config, estimators);
  }

  @Override
  public String name() {
    return "shekhovtsov2021-estimators";
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> m = SweepGrid.config(name(), scale, sweep.config().toMap());
    m.put("estimators", sweep.estimatorNames());
    return m;
  }

  @Override
  public long seed() {
    return sweep.config().seed();
  }

  @Override
  public EstimatorAccuracySweep sweep() {
    return sweep;
  }

  private int layers() {
    return sweep.config().widths().length - 1;
  }

  private static String layerName(int layer) {
    return layer < 0 ? "all" : "layer" + layer;
  }

  @Override
  public List<String> columns() {
    List<String> c = new ArrayList<>(List.of("step", "estimator", "expected_loss", "exact_moments"));
    for (int layer = -1; layer < layers(); layer++) {
      for (String m : PER_LAYER) {
        c.add(layerName(layer) + "_" + m);
      }
      for (int n : sweep.config().sampleCounts()) {
        for (String m : PER_SAMPLES) {
          c.add(layerName(layer) + "_N" + n + "_" + m);
        }
      }
    }
    return c;
  }

  @Override
  public List<Object> row(Cell cell, Measured m) {
    List<AccuracyRow> rows = m.rows();
    AccuracyRow first = rows.get(0);
    List<Object> r = new ArrayList<>(List.of(first.step(), first.estimator(), first.expectedLoss(),
        first.exactMoments()));
    int counts = sweep.config().sampleCounts().length;
    for (int l = 0; l <= layers(); l++) {
      AccuracyRow layer = rows.get(l * counts);
      r.addAll(List.of(layer.bias(), layer.relativeBias(), layer.normRatio(), layer.meanCosine()));
      for (int si = 0; si < counts; si++) {
        AccuracyRow a = rows.get(l * counts + si);
        r.addAll(List.of(a.variance(), a.rmse(), a.cosine(), a.cosineStdError()));
      }
    }
    return r;
  }

  @Override
  public Measured parse(Cell cell, List<String> row) {
    int step = Integer.parseInt(row.get(0));
    String estimator = row.get(1);
    double loss = Double.parseDouble(row.get(2));
    boolean exact = Boolean.parseBoolean(row.get(3));
    int[] counts = sweep.config().sampleCounts();
    List<AccuracyRow> rows = new ArrayList<>();
    int at = 4;
    for (int layer = -1; layer < layers(); layer++) {
      double bias = Double.parseDouble(row.get(at));
      double relative = Double.parseDouble(row.get(at + 1));
      double normRatio = Double.parseDouble(row.get(at + 2));
      double meanCosine = Double.parseDouble(row.get(at + 3));
      at += PER_LAYER.size();
      for (int n : counts) {
        rows.add(new AccuracyRow(step, loss, estimator, layer, n, bias, relative, Double.parseDouble(row.get(at)),
            Double.parseDouble(row.get(at + 1)), Double.parseDouble(row.get(at + 2)),
            Double.parseDouble(row.get(at + 3)), exact, normRatio, meanCosine));
        at += PER_SAMPLES.size();
      }
    }
    return new Measured(rows);
  }

  @Override
  public List<String> summarize(List<Measured> results, RunFolder folder, Report.Section section)
      throws IOException {
    String summary = Shekhovtsov2021Figures.estimators(EstimatorAccuracy.assemble(sweep.config(), results), folder,
        section, "estimators");
    return List.of(summary.strip().split("\n"));
  }
}
