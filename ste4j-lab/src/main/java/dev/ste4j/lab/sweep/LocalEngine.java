package dev.ste4j.lab.sweep;

import java.io.Serializable;
import java.util.List;

/** Runs cells on threads of this process, expensive first ({@link Schedule}). */
public final class LocalEngine implements SweepEngine {

  private final int threads;

  public LocalEngine(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("thread count must be at least 1, got " + threads);
    }
    this.threads = threads;
  }

  @Override
  public String describe() {
    return "local, " + threads + (threads == 1 ? " thread" : " threads");
  }

  @Override
  public int parallelism() {
    return threads;
  }

  @Override
  public <C extends Serializable, R extends Serializable> void run(Sweep<C, R> sweep, int[] cells,
                                                                   CellDone<R> done) {
    List<C> all = sweep.cells();
    Object lock = new Object();
    IndexedTasks.run(threads, Schedule.expensiveFirst(sweep, cells), i -> {
      long start = System.nanoTime();
      R result = sweep.run(all.get(i));
      double seconds = (System.nanoTime() - start) * 1e-9;
      synchronized (lock) {
        done.done(i, result, seconds);
      }
    });
  }
}
