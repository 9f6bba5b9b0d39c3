package dev.ste4j.lab.sweep;

import java.io.Serializable;

/**
 * Runs the cells of a sweep somewhere: threads in this process ({@link LocalEngine}) or a cluster. Every engine runs
 * the same {@link Sweep#run} on a cell, so results do not depend on the engine.
 */
public interface SweepEngine extends AutoCloseable {

  /** What runs the cells, for progress lines and reports, e.g. {@code local, 2 threads}. */
  String describe();

  /** How many cells may run at once. */
  int parallelism();

  /**
   * Runs the given cells of {@code sweep} and tells {@code done} about each as it finishes; returns when all have.
   * The first cell that fails for good stops the run, and its exception is rethrown.
   *
   * @param cells indices into {@link Sweep#cells()}
   */
  <C extends Serializable, R extends Serializable> void run(Sweep<C, R> sweep, int[] cells, CellDone<R> done);

  /** Releases the engine's resources (a Spark context); local threads need none. */
  @Override
  default void close() {}
}
