package dev.ste4j.tensor.kernel;

/**
 * Runs independent pieces of work on a fixed number of threads.
 *
 * <p>Work is split over output blocks only, never inside a reduction, so every output element is computed by the same
 * sequence of operations whatever the thread count: results are bitwise identical for 1, 2 or N threads. The count
 * starts at {@link KernelProvider#defaultThreads()}: {@code ste4j.threads} (system property) or {@code STE4J_THREADS},
 * else the number of processors.
 */
public final class Parallel {

  /** A body that handles the half-open range [from, to). */
  @FunctionalInterface
  public interface RangeBody {
    void run(int from, int to);
  }

  private static volatile int threads = KernelProvider.defaultThreads();
  private static volatile SpinPool pool;

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
      SpinPool old = pool;
      pool = null;
      if (old != null) {
        old.shutdown();
      }
    }
  }

  /**
   * Sets the thread count until the returned scope is closed, which restores the count in force before:
   * {@code try (Parallel.Scope s = Parallel.withThreads(n)) { … }}. A command that sets its {@code --threads} this
   * way cannot leave it behind for the next one.
   *
   * @throws IllegalArgumentException if {@code n < 1} (nothing is changed then)
   */
  public static Scope withThreads(int n) {
    int previous = threads;
    setThreads(n);
    return new Scope(previous);
  }

  /** A thread count in force until {@link #close()}; see {@link #withThreads(int)}. */
  public static final class Scope implements AutoCloseable {
    private final int previous;
    private boolean closed;

    private Scope(int previous) {
      this.previous = previous;
    }

    /** Restores the thread count in force when the scope was opened; a second call does nothing. */
    @Override
    public void close() {
      if (!closed) {
        closed = true;
        setThreads(previous);
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
    if (t == 1 || n <= g || SpinPool.insideJob()) {
      body.run(0, n);
      return;
    }
    int chunks = Math.min(t * 4, (n + g - 1) / g);
    if (!pool().tryRun(body, n, chunks)) {
      body.run(0, n); // another thread's job holds the workers
    }
  }

  private static SpinPool pool() {
    SpinPool p = pool;
    if (p == null) {
      synchronized (Parallel.class) {
        if (pool == null) {
          pool = new SpinPool(threads);
        }
        p = pool;
      }
    }
    return p;
  }
}
