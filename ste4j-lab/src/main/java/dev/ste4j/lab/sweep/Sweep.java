package dev.ste4j.lab.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * A grid of independent cells and the function that runs one. Serializable, with its cells and results, so that an
 * engine may run cells in other processes (Spark executors) from a copy of it.
 *
 * <p>{@link #run} must depend only on the sweep's configuration and the cell: a seed is derived from the cell's
 * coordinates ({@link CellSeed}), never from the order in which cells run or the thread that runs them.
 *
 * @param <C> a cell: its coordinates in the grid
 * @param <R> what running a cell gives
 */
public interface Sweep<C extends Serializable, R extends Serializable> extends Serializable {

  /** The cells, in cell order: results are collected in this order. */
  List<C> cells();

  /** Runs one cell. */
  R run(C cell);

  /** The cell's relative cost, used only for scheduling (expensive cells start first); 1 unless overridden. */
  default long cost(C cell) {
    return 1;
  }
}
