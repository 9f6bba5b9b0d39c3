package dev.ste4j.lab.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs a sweep's missing cells on an engine and returns every cell's result in cell order. */
public final class SweepResults {

  private SweepResults() {}

  /** Runs all cells; {@code done} is told about each (may be null). */
  public static <C extends Serializable, R extends Serializable> List<R> run(Sweep<C, R> sweep, SweepEngine engine,
                                                                             CellDone<R> done) {
    return run(sweep, engine, Map.of(), done);
  }

  /**
   * Runs the cells not in {@code known} (results of an earlier, interrupted run, by cell index) and returns all
   * results in cell order. {@code done} is told only about the cells run now.
   */
  public static <C extends Serializable, R extends Serializable> List<R> run(Sweep<C, R> sweep, SweepEngine engine,
                                                                             Map<Integer, R> known,
                                                                             CellDone<R> done) {
    int total = sweep.cells().size();
    Map<Integer, R> results = new TreeMap<>(known);
    int[] missing = java.util.stream.IntStream.range(0, total).filter(i -> !known.containsKey(i)).toArray();
    engine.run(sweep, missing, (cell, result, seconds) -> {
      if (results.put(cell, result) != null && !known.containsKey(cell)) {
        throw new IllegalStateException("engine " + engine.describe() + " reported cell " + cell + " twice");
      }
      if (done != null) {
        done.done(cell, result, seconds);
      }
    });
    if (results.size() != total) {
      throw new IllegalStateException("engine " + engine.describe() + " returned " + results.size() + " of " + total
          + " cells; missing e.g. " + Arrays.stream(missing).filter(i -> !results.containsKey(i)).findFirst()
          .orElse(-1));
    }
    return new ArrayList<>(results.values());
  }
}
