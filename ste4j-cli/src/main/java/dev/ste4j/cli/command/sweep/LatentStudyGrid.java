package dev.ste4j.cli.command.sweep;

import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.data.NoFetchOption;
import dev.ste4j.cli.command.lab.shekhovtsov2021.LatentStudyFigures;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.lab.shekhovtsov2021.EpochRow;
import dev.ste4j.lab.shekhovtsov2021.ImageData;
import dev.ste4j.lab.shekhovtsov2021.LabeledData;
import dev.ste4j.lab.shekhovtsov2021.LatentStudy;
import dev.ste4j.lab.shekhovtsov2021.LatentStudyConfig;
import dev.ste4j.lab.shekhovtsov2021.LatentStudySweep;
import dev.ste4j.lab.shekhovtsov2021.LatentStudySweep.Cell;
import dev.ste4j.lab.shekhovtsov2021.LatentStudySweep.Outcome;
import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.DatasetUnavailableException;
import dev.ste4j.nn.data.store.DataStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code shekhovtsov2021-study-DATA}: the latent-weight study of {@code ste lab shekhovtsov2021 study --data DATA},
 * one cell per validation run (rule, candidate rate) and per training run (rule, seed). A training row holds its
 * curve (per-epoch values, space-separated; each epoch's uncertainty histogram as values joined by {@code :}); the
 * summary is that command's tables and plots (files {@code study-DATA-*}).
 */
final class LatentStudyGrid implements SweepGrid<Cell, Outcome> {

  private static final List<String> CURVES = EpochRowColumns.NAMES;

  private final String dataset;
  private final String scale;
  private final Path folder;
  private final boolean noFetch;
  private final LatentStudySweep sweep;

  /** @param folder the data folder; cells read it without fetching (on a cluster: the same path on every node) */
  LatentStudyGrid(LatentStudyConfig config, String dataset, String scale, Path folder, boolean noFetch) {
    this.dataset = dataset;
    this.scale = scale;
    this.folder = folder;
    this.noFetch = noFetch;
    String dir = folder.toString();
    this.sweep = new LatentStudySweep(config, () -> read(dataset, dir));
  }

  /** Reads the data set here first (fetching it when missing, unless --no-fetch): a missing one is one line. */
  @Override
  public void prepare(PrintWriter err) {
    LabeledData[] d = load(dataset, folder, noFetch, err);
    try {
      sweep.giveData(d[0], d[1]);
    } catch (IllegalArgumentException e) {
      throw new UserError(dataset + ": " + e.getMessage(), e);
    }
  }

  /** {train, test} of an image data set from {@code folder}; one that cannot be had is a one-line user error. */
  static LabeledData[] load(String dataset, Path folder, boolean noFetch, PrintWriter err) {
    try {
      return ImageData.load(dataset, NoFetchOption.store(folder, noFetch, err));
    } catch (DatasetUnavailableException | DataFileException e) {
      throw new UserError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UserError(dataset + ": " + e.getMessage(), e);
    }
  }

  /** What a cell on another machine reads: the data set from the folder, without fetching. */
  static LabeledData[] read(String dataset, String folder) {
    try {
      return ImageData.load(dataset, new DataStore(Path.of(folder)).withFetching(false));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String name() {
    return "shekhovtsov2021-study-" + dataset;
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> m = SweepGrid.config(name(), scale, sweep.config().toMap());
    m.put("data", dataset);
    m.put("dataDir", folder.toString());
    return m;
  }

  @Override
  public long seed() {
    return sweep.config().seed();
  }

  @Override
  public LatentStudySweep sweep() {
    return sweep;
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
