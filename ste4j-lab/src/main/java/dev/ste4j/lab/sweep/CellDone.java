package dev.ste4j.lab.sweep;

/**
 * Told when a cell has finished. Engines call it from one thread at a time, in the order cells finish, on the
 * process that started the sweep (the Spark driver, not an executor).
 *
 * @param <R> the cell's result
 */
@FunctionalInterface
public interface CellDone<R> {

  /**
   * @param cell the cell's index in {@link Sweep#cells()}
   * @param result what it gave
   * @param seconds the wall time of running it (a timing: never part of a result)
   */
  void done(int cell, R result, double seconds);
}
