package dev.ste4j.cli.command.sweep;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.lab.sweep.Sweep;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code ste sweep} runs: a {@link Sweep} with the columns of its results table, the way back from a stored row
 * (for {@code --resume}), and the grid's own summary of all results.
 *
 * @param <C> a cell
 * @param <R> a cell's result
 */
interface SweepGrid<C extends Serializable, R extends Serializable> {

  /** The grid's name, e.g. {@code jeong2025-phase}. */
  String name();

  /** Every choice that affects the results (recorded in run.json; a resumed run must have the same). */
  Map<String, Object> config();

  /** A grid's config as run.json records it: its name, its scale, then what it describes (a map open to more). */
  static Map<String, Object> config(String name, String scale, Map<String, ?> described) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("grid", name);
    m.put("scale", scale);
    m.putAll(described);
    return m;
  }

  /** The seed recorded in run.json. */
  long seed();

  Sweep<C, R> sweep();

  /**
   * Checks, before the run folder is written, what the cells need from this machine (e.g. reads the dataset, so a
   * missing one is a one-line error); nothing by default.
   */
  default void prepare(java.io.PrintWriter err) {}

  /** The columns of results.csv: the cell's coordinates, then its result. */
  List<String> columns();

  /** One row of results.csv; numbers as {@link Double#toString}, so a row holds the result's exact bits. */
  List<Object> row(C cell, R result);

  /** The result a stored {@link #row} came from. */
  R parse(C cell, List<String> row);

  /**
   * Writes the grid's own files from all results (e.g. the phase diagram's tables) and describes them in
   * {@code section}; returns the console summary.
   */
  List<String> summarize(List<R> results, RunFolder folder, Report.Section section) throws IOException;
}
