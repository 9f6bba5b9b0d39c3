package dev.ste4j.lab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs independent tasks, named by index, on a fixed number of threads. Threads take the next task from a shared
 * counter (tasks differ widely in cost, so fixed chunks would leave a thread idle). The first failure stops the run
 * and is rethrown.
 */
public final class IndexedTasks {

  private IndexedTasks() {}

  /** Runs {@code task} on {@code order[0]}, {@code order[1]}, … with {@code threads} threads; returns when all ran. */
  public static void run(int threads, int[] order, IntConsumer task) {
    if (threads < 1) {
      throw new IllegalArgumentException("thread count must be at least 1, got " + threads);
    }
    int total = order.length;
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      int i;
      while (failure.get() == null && (i = next.getAndIncrement()) < total) {
        try {
          task.accept(order[i]);
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
      throw new IllegalStateException("run interrupted", e);
    }
  }
}
