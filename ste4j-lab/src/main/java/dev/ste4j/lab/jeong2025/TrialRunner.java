package dev.ste4j.lab.jeong2025;

import java.util.ArrayList;
import java.util.List;
import dev.ste4j.lab.sweep.IndexedTasks;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs independent tasks on a fixed number of threads and returns their results in task order.
 *
 * <p>The threads are {@link IndexedTasks}'; each result goes to its own slot. Tasks must depend only on their index,
 * so the returned list is the same for any thread count. The first failure stops the run and is rethrown.
 */
public final class TrialRunner {

  /** Told after each task completes; called from worker threads, so it must be thread-safe. */
  @FunctionalInterface
  public interface Progress {
    void done(int completed, int total);

    Progress NONE = (completed, total) -> { };
  }

  private final int threads;
  private final Progress progress;

  public TrialRunner(int threads, Progress progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("thread count must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.progress = progress == null ? Progress.NONE : progress;
  }

  /** Threads used. */
  public int threads() {
    return threads;
  }

  /**
   * Runs task(order[0]), task(order[1]), … (the order only affects scheduling: put expensive tasks first) and returns
   * the results indexed by task.
   */
  public <R> List<R> run(int[] order, IntFunction<R> task) {
    int total = order.length;
    Object[] results = new Object[total];
    AtomicInteger completed = new AtomicInteger();
    IndexedTasks.run(threads, order, i -> {
      results[i] = task.apply(i);
      progress.done(completed.incrementAndGet(), total);
    });
    List<R> out = new ArrayList<>(total);
    for (Object r : results) {
      @SuppressWarnings("unchecked")
      R cast = (R) r;
      out.add(cast);
    }
    return out;
  }

  /** Runs tasks 0 … count−1 in index order. */
  public <R> List<R> run(int count, IntFunction<R> task) {
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    return run(order, task);
  }
}
