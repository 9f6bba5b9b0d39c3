package dev.ste4j.lab.jeong2025;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Runs independent tasks on a fixed number of threads and returns their results in task order.
 *
 * <p>Threads take the next task from a shared counter (tasks differ widely in cost, so fixed chunks would leave a
 * thread idle) and write each result to its own slot. Tasks must depend only on their index, so the returned list is
 * the same for any thread count. The first failure stops the run and is rethrown.
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
    AtomicInteger next = new AtomicInteger();
    AtomicInteger completed = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      int i;
      while (failure.get() == null && (i = next.getAndIncrement()) < total) {
        try {
          results[order[i]] = task.apply(order[i]);
          progress.done(completed.incrementAndGet(), total);
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      }
    };
    int count = Math.min(threads, Math.max(1, total));
    if (count == 1) {
      worker.run();
    } else {
      List<Thread> pool = new ArrayList<>();
      for (int t = 0; t < count; t++) {
        Thread th = new Thread(worker, "ste4j-trial-" + t);
        th.setDaemon(true);
        pool.add(th);
        th.start();
      }
      for (Thread th : pool) {
        try {
          th.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failure.compareAndSet(null, e);
        }
      }
    }
    Throwable e = failure.get();
    if (e instanceof RuntimeException re) {
      throw re;
    }
    if (e instanceof Error er) {
      throw er;
    }
    if (e != null) {
      throw new IllegalStateException("trial run interrupted", e);
    }
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
