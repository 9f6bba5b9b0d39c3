package dev.ste4j.cli.command.sweep;

import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.data.NoFetchOption;
import dev.ste4j.cli.command.lab.yin2019.Table1View;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.lab.yin2019.deep.DeepData;
import dev.ste4j.lab.yin2019.deep.DeepNetwork;
import dev.ste4j.lab.yin2019.deep.EpochPoint;
import dev.ste4j.lab.yin2019.deep.PaperTable1;
import dev.ste4j.lab.yin2019.deep.RunCurve;
import dev.ste4j.lab.yin2019.deep.Table1Config;
import dev.ste4j.lab.yin2019.deep.Table1Result;
import dev.ste4j.lab.yin2019.deep.Table1Row;
import dev.ste4j.lab.yin2019.deep.Table1Sweep;
import dev.ste4j.lab.yin2019.deep.Table1Sweep.Cell;
import dev.ste4j.lab.yin2019.deep.Table1Sweep.Outcome;
import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.DatasetUnavailableException;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.store.DataStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * {@code yin2019-table1}: Table 1 of {@code ste lab yin2019 table1} (LeNet-5 on MNIST) over several seeds, one cell
 * per seed for the float network and one per (seed, bits, STE). A row holds the run's final figures and its curve
 * (per-epoch values, space-separated); the summary is that command's table and curves per seed (files
 * {@code seedS-table1*}) and the mean over seeds ({@code table1-seeds}).
 */
final class Table1Grid implements SweepGrid<Cell, Outcome> {

  private static final List<String> CURVES = List.of("curve_epoch", "curve_train_loss", "curve_train_accuracy",
      "curve_test_loss", "curve_test_accuracy", "curve_learning_rate");

  private final String scale;
  private final Path folder;
  private final boolean noFetch;
  private final Table1Sweep sweep;

  /**
   * @param folder the data folder (MNIST in {@code mnist/}); cells read it without fetching, so on a cluster it must
   *     be at this path on every node
   */
  Table1Grid(Table1Config config, List<Long> seeds, String scale, Path folder, boolean noFetch) {
    this.scale = scale;
    this.folder = folder;
    this.noFetch = noFetch;
    DeepNetwork network = config.network();
    String dir = folder.toString();
    this.sweep = new Table1Sweep(config, seeds, () -> read(network, new DataStore(Path.of(dir)).withFetching(false)));
  }

  private static TrainTest read(DeepNetwork network, DataStore store) {
    try {
      return DeepData.load(network, store);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the dataset here first (fetching it when missing, unless --no-fetch): a missing MNIST is one line. */
  @Override
  public void prepare(PrintWriter err) {
    DataStore store = NoFetchOption.store(folder, noFetch, err);
    try {
      sweep.giveData(DeepData.load(sweep.config().network(), store));
    } catch (DatasetUnavailableException | DataFileException e) {
      throw new UserError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UserError(sweep.config().network().dataset() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return "yin2019-table1";
  }

  @Override
  public Map<String, Object> config() {
    Table1Config c = sweep.config();
    Map<String, Object> m = SweepGrid.config(name(), scale, Map.of());
    m.putAll(c.toMap());
    m.put("seeds", sweep.seeds());
    m.put("data", folder.toString());
    return m;
  }

  @Override
  public long seed() {
    return sweep.seeds().get(0);
  }

  @Override
  public Table1Sweep sweep() {
    return sweep;
  }

  @Override
  public List<String> columns() {
    List<String> c = new ArrayList<>(List.of("seed", "bits", "ste", "alpha", "epochs", "shuffle_seed", "train_loss",
        "test_loss", "test_accuracy"));
    c.addAll(CURVES);
    return c;
  }

  @Override
  public List<Object> row(Cell cell, Outcome o) {
    RunCurve r = o.run();
    List<Object> row = new ArrayList<>(List.of(cell.seed(), cell.isFloat() ? "float" : cell.bits(),
        cell.isFloat() ? "none" : cell.ste().key(), (double) o.alpha(), r.epochs().size(), r.seed(),
        r.finalTrainLoss(), r.testLoss(), r.testAccuracy()));
    row.add(r.epochs().stream().map(e -> Integer.toString(e.epoch())).collect(Collectors.joining(" ")));
    for (ToDoubleFunction<EpochPoint> f : List.<ToDoubleFunction<EpochPoint>>of(EpochPoint::trainLoss,
        EpochPoint::trainAccuracy, EpochPoint::testLoss, EpochPoint::testAccuracy, EpochPoint::learningRate)) {
      row.add(r.epochs().stream().map(e -> Double.toString(f.applyAsDouble(e))).collect(Collectors.joining(" ")));
    }
    return row;
  }

  /** The run from a stored row; its wall times are timings, not stored, so they read back as 0. */
  @Override
  public Outcome parse(Cell cell, List<String> row) {
    int n = Integer.parseInt(row.get(4));
    int at = 9;
    String[][] curve = new String[CURVES.size()][];
    for (int k = 0; k < curve.length; k++) {
      curve[k] = n == 0 ? new String[0] : row.get(at + k).split(" ");
      if (curve[k].length != n) {
        throw new IllegalArgumentException(CURVES.get(k) + " has " + curve[k].length + " values for " + n + " epochs");
      }
    }
    List<EpochPoint> points = new ArrayList<>();
    for (int e = 0; e < n; e++) {
      points.add(new EpochPoint(Integer.parseInt(curve[0][e]), Double.parseDouble(curve[1][e]),
          Double.parseDouble(curve[2][e]), Double.parseDouble(curve[3][e]), Double.parseDouble(curve[4][e]),
          Double.parseDouble(curve[5][e]), 0));
    }
    return new Outcome((float) Double.parseDouble(row.get(3)), new RunCurve(points, Double.parseDouble(row.get(7)),
        Double.parseDouble(row.get(8)), Long.parseLong(row.get(5)), 0));
  }

  @Override
  public List<String> summarize(List<Outcome> results, RunFolder run, Report.Section section) throws IOException {
    int[] sizes = sweep.subsetSizes();
    List<Table1Result> perSeed = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (long s : sweep.seeds()) {
      Table1Result r = sweep.result(s, results, sizes[0], sizes[1]);
      perSeed.add(r);
      Table1View.render(r, run, section.subsection("Seed " + s), "seed" + s + "-");
      lines.add("seed " + s + ": " + Table1View.summary(r));
    }
    Table t = seeds(perSeed);
    run.writeTable("table1-seeds", t);
    section.table("Test accuracy (%) per row over the seeds " + sweep.seeds() + ": mean, sample standard deviation "
        + "and each seed's value, beside the paper's", t);
    return lines;
  }

  /** Per row of the table: the mean and spread of the test accuracy over the seeds. */
  private static Table seeds(List<Table1Result> perSeed) {
    Table t = new Table("network", "bits", "ste", "seeds", "mean_test_accuracy_pct", "sd_pp", "per_seed_pct",
        "paper_accuracy_pct");
    Table1Result first = perSeed.get(0);
    for (int i = 0; i < first.rows().size(); i++) {
      Table1Row row = first.rows().get(i);
      int k = i;
      double[] acc = perSeed.stream().mapToDouble(r -> 100 * r.rows().get(k).run().testAccuracy()).toArray();
      double mean = Arrays.stream(acc).average().orElse(Double.NaN);
      double sd = acc.length < 2 ? 0 : Math.sqrt(Arrays.stream(acc).map(a -> (a - mean) * (a - mean)).sum()
          / (acc.length - 1));
      t.row(first.config().network().key(), row.bits(), row.ste().key(), acc.length, mean, sd,
          Arrays.stream(acc).mapToObj(a -> String.format(Locale.ROOT, "%.2f", a)).collect(Collectors.joining(" ")),
          PaperTable1.lookup(first.config().network(), row.bits(), row.ste()).map(PaperTable1.Cell::accuracyPercent)
              .orElse(null));
    }
    return t;
  }
}
