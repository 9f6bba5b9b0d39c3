package dev.ste4j.tensor.kernel;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent pieces of work on a fixed number of threads.
 *
 * <p>Work is split over output blocks only, never inside a reduction, so every output element is computed by the same
 * sequence of operations whatever the thread count: results are bitwise identical for 1, 2 or N threads. The count
 * comes from {@code ste4j.threads} (system property) or {@code STE4J_THREADS}, else the number of processors.
 */
public final class Parallel {

  /** A body that handles the half-open range [from, to). */
  @FunctionalInterface
  public interface RangeBody {
    void run(int from, int to);
  }

  private static volatile int threads = initialThreads();
  private static volatile ForkJoinPool pool;
  private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();

  private Parallel() {}

  /** Threads used by kernels. */
  public static int threads() {
    return threads;
  }

  /** Sets the number of threads used by kernels (at least 1). */
  public static synchronized void setThreads(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("thread count must be at least 1, got " + n);
    }
    if (n != threads) {
      threads = n;
      ForkJoinPool old = pool;
      pool = null;
      if (old != null) {
        old.shutdown();
      }
    }
  }

  /**
   * Runs body over [0, n) in chunks of at least {@code grain} indices, in parallel when worthwhile. Chunks are
   * disjoint; the body must write only outputs owned by its range.
   */
  public static void forRange(int n, int grain, RangeBody body) {
    int t = threads;
    if (n <= 0) {
      return;
    }
    int g = Math.max(1, grain);
    // Nested calls from a kernel thread run inline: the outer split already uses every thread.
    if (t == 1 || n <= g || isKernelThread()) {
      body.run(0, n);
      return;
    }
    int chunks = Math.min(t * 4, (n + g - 1) / g);
    pool().invoke(new Chunk(body, n, chunks, 0, chunks));
  }

  private static boolean isKernelThread() {
    return Thread.currentThread() instanceof java.util.concurrent.ForkJoinWorkerThread w && w.getPool() == pool;
  }

  private static ForkJoinPool pool() {
    ForkJoinPool p = pool;
    if (p == null) {
      synchronized (Parallel.class) {
        if (pool == null) {
          pool = new ForkJoinPool(threads, daemonFactory(), null, false);
        }
        p = pool;
      }
    }
    return p;
  }

  private static ForkJoinPool.ForkJoinWorkerThreadFactory daemonFactory() {
    return p -> {
      var w = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
      w.setDaemon(true);
      // Not getPoolIndex(): from JDK 19 on a worker is registered only when it starts, so every name read 0.
      w.setName("ste4j-kernel-" + WORKER_NUMBER.getAndIncrement());
      return w;
    };
  }

  private static int initialThreads() {
    String s = System.getProperty("ste4j.threads");
    if (s == null || s.isBlank()) {
      s = System.getenv("STE4J_THREADS");
    }
    if (s != null && !s.isBlank()) {
      try {
        int n = Integer.parseInt(s.trim());
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException ignored) {
        // fall through to the processor count; the CLI validates --threads itself
      }
    }
    return Runtime.getRuntime().availableProcessors();
  }

  /** Splits chunk indices [lo, hi) recursively; chunk c covers [c·n/chunks, (c+1)·n/chunks). */
  private static final class Chunk extends RecursiveAction {
    private final RangeBody body;
    private final int n;
    private final int chunks;
    private final int lo;
    private final int hi;

    Chunk(RangeBody body, int n, int chunks, int lo, int hi) {
      this.body = body;
      this.n = n;
      this.chunks = chunks;
      this.lo = lo;
      this.hi = hi;
    }

    @Override
    protected void compute() {
      if (hi - lo == 1) {
        int from = (int) ((long) lo * n / chunks);
        int to = (int) ((long) hi * n / chunks);
        body.run(from, to);
        return;
      }
      int mid = (lo + hi) >>> 1;
      invokeAll(new Chunk(body, n, chunks, lo, mid), new Chunk(body, n, chunks, mid, hi));
    }
  }
}
