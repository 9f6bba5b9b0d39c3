package dev.ste4j.cli.command.sweep;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.cli.command.train.TrainSweep;
import dev.ste4j.cli.command.train.TrainSweep.Cell;
import dev.ste4j.cli.command.train.TrainSweep.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A {@code ste train} grid from YAML ({@link TrainSweep}); the summary is the results table and the best cell. */
final class TrainGrid implements SweepGrid<Cell, Outcome> {

  private static final List<String> METRICS =
      List.of("status", "train_loss", "train_accuracy", "test_loss", "test_accuracy", "steps");

  private final Path file;
  private final TrainSweep sweep;

  TrainGrid(Path file, TrainSweep sweep) {
    this.file = file;
    this.sweep = sweep;
  }

  @Override
  public String name() {
    return "train grid " + file.getFileName();
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("grid", file.toString());
    m.put("train", sweep.train());
    Map<String, Object> axes = new LinkedHashMap<>();
    sweep.axes().forEach(a -> axes.put(a.key(), a.values()));
    m.put("axes", axes);
    return m;
  }

  @Override
  public long seed() {
    return sweep.train().get("seed") instanceof Number n ? n.longValue() : 0;
  }

  @Override
  public TrainSweep sweep() {
    return sweep;
  }

  @Override
  public List<String> columns() {
    List<String> c = new ArrayList<>();
    sweep.axes().forEach(a -> c.add(a.key()));
    c.addAll(METRICS);
    return c;
  }

  @Override
  public List<Object> row(Cell cell, Outcome o) {
    List<Object> r = new ArrayList<>(cell.values());
    r.addAll(List.of(o.status(), o.trainLoss(), o.trainAccuracy(), o.testLoss(), o.testAccuracy(), o.steps()));
    return r;
  }

  @Override
  public Outcome parse(Cell cell, List<String> row) {
    int k = cell.values().size();
    return new Outcome(row.get(k), Double.parseDouble(row.get(k + 1)), Double.parseDouble(row.get(k + 2)),
        Double.parseDouble(row.get(k + 3)), Double.parseDouble(row.get(k + 4)), Long.parseLong(row.get(k + 5)));
  }

  @Override
  public List<String> summarize(List<Outcome> results, RunFolder folder, Report.Section section) {
    section.paragraph("Each cell trains ste train's config from " + file + " with the cell's values of the axes, on "
        + "one kernel thread and without checkpoints; the metrics are the last epoch's.");
    Table t = new Table(columns());
    int best = -1;
    for (int i = 0; i < results.size(); i++) {
      t.row(row(sweep.cells().get(i), results.get(i)).toArray());
      double acc = results.get(i).testAccuracy();
      if (!Double.isNaN(acc) && (best < 0 || acc > results.get(best).testAccuracy())) {
        best = i;
      }
    }
    section.table("Cells in grid order", t);
    if (best < 0) {
      return List.of("no cell trained to the end (all diverged)");
    }
    Outcome b = results.get(best);
    String line = String.format(Locale.ROOT, "best test accuracy %.2f%% (test loss %.4f) at %s", 100
        * b.testAccuracy(), b.testLoss(), coordinates(sweep.cells().get(best)));
    section.paragraph(line);
    return List.of(line);
  }

  private String coordinates(Cell cell) {
    StringBuilder sb = new StringBuilder();
    for (int a = 0; a < cell.values().size(); a++) {
      sb.append(a == 0 ? "" : ", ").append(sweep.axes().get(a).key()).append('=').append(cell.values().get(a));
    }
    return sb.toString();
  }
}
