package dev.ste4j.cli.command.train;

import dev.ste4j.cli.UserError;
import dev.ste4j.lab.sweep.Sweep;
import dev.ste4j.nn.train.DivergenceException;
import dev.ste4j.nn.train.EpochStats;
import dev.ste4j.nn.train.TrainingListener;
import dev.ste4j.nn.train.TrainingResult;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A grid of {@code ste train} runs from a YAML file: {@code train:} is a ste train config (the keys of
 * {@code --config}), {@code axes:} maps config keys ({@code model_options.KEY} for a model option) to lists of
 * values. A cell is one combination, the last axis varying fastest; it trains with its config on one kernel thread
 * (cells run side by side) and no checkpoint, and gives the last epoch's metrics. Its seed is the config's
 * {@code seed}, an axis like any other, so it comes from the cell's coordinates.
 */
public final class TrainSweep implements Sweep<TrainSweep.Cell, TrainSweep.Outcome> {

  private static final long serialVersionUID = 1L;

  /** One axis of the grid. */
  public record Axis(String key, List<Object> values) implements Serializable {}

  /** One cell: a value for each axis, in axis order. */
  public record Cell(List<Object> values) implements Serializable {}

  /**
   * What a cell's training gave: {@code ok} with the last epoch's metrics, or {@code diverged} (non-finite values
   * stopped it) with NaN metrics.
   */
  public record Outcome(String status, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
                        long steps) implements Serializable {}

  private final String source;
  private final LinkedHashMap<String, Object> train;
  private final List<Axis> axes;
  private final List<Cell> cells;

  /**
   * A grid over {@code train}; every cell's config is checked here, so a bad key or value stops the sweep before it
   * starts.
   *
   * @param source names the grid in messages (its file)
   */
  public TrainSweep(String source, Map<String, Object> train, List<Axis> axes) {
    this.source = source;
    this.train = new LinkedHashMap<>(train);
    this.axes = List.copyOf(axes);
    List<Cell> all = new ArrayList<>();
    product(new ArrayList<>(), all);
    this.cells = List.copyOf(all);
    for (int i = 0; i < cells.size(); i++) {
      TrainConfig.fromMap(where(i), configOf(cells.get(i)));
    }
  }

  private void product(List<Object> prefix, List<Cell> out) {
    if (prefix.size() == axes.size()) {
      out.add(new Cell(List.copyOf(prefix)));
      return;
    }
    for (Object v : axes.get(prefix.size()).values()) {
      prefix.add(v);
      product(prefix, out);
      prefix.remove(prefix.size() - 1);
    }
  }

  public List<Axis> axes() {
    return axes;
  }

  public Map<String, Object> train() {
    return train;
  }

  @Override
  public List<Cell> cells() {
    return cells;
  }

  /** The ste train config of a cell: the grid's, with the cell's axis values, on one kernel thread. */
  public Map<String, Object> configOf(Cell cell) {
    Map<String, Object> m = deepCopy(train);
    for (int a = 0; a < axes.size(); a++) {
      String key = axes.get(a).key();
      Object v = cell.values().get(a);
      if (key.startsWith("model_options.")) {
        Object mo = m.computeIfAbsent("model_options", k -> new LinkedHashMap<String, Object>());
        if (!(mo instanceof Map<?, ?>)) {
          throw new UserError(source + ": model_options must be a map of options");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> options = (Map<String, Object>) mo;
        options.put(key.substring("model_options.".length()), v);
      } else {
        m.put(key, v);
      }
    }
    m.put("threads", 1);
    return m;
  }

  @Override
  public Outcome run(Cell cell) {
    int index = cells.indexOf(cell);
    TrainConfig c = TrainConfig.fromMap(where(index), configOf(cell));
    PreparedRun p = PreparedRun.of(c, true, new PrintWriter(Writer.nullWriter()));
    Path noCheckpoint = null;
    try {
      TrainingResult r = p.trainer(c, new TrainingListener() {}, noCheckpoint, Map.of())
          .fit(p.data().train(), p.data().test(), null);
      EpochStats last = r.history().get(r.history().size() - 1);
      return new Outcome("ok", last.trainLoss(), last.trainAccuracy(), r.testLoss(), r.testAccuracy(), r.steps());
    } catch (DivergenceException e) {
      return new Outcome("diverged", Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1);
    }
  }

  private String where(int cell) {
    return source + " cell " + cell;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> inner ? deepCopy((Map<String, Object>) inner) : v));
    return out;
  }
}
