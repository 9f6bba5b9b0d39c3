package dev.ste4j.tensor.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The worker threads behind {@link Parallel}: the calling thread and {@code threads − 1} helpers share the chunks of
 * one job at a time.
 *
 * <p>Why not a ForkJoinPool: a training step runs hundreds of short parallel ops, and on a virtual machine waking a
 * parked thread costs tens of microseconds. Measured on this project's 2-core KVM guest with a ForkJoinPool, an
 * elementwise pass over 1M floats took 48 µs on one thread and 101–116 µs on two, and the bnn-mlp step gained only
 * 5–15 % from its second core. Here the caller works on its own job instead of sleeping, and helpers spin for a short
 * while after each job before they park, so back-to-back ops find them awake.
 */
final class SpinPool {

  /** How long an idle helper spins before it parks (µs): longer than the serial gaps between the ops of a step. */
  private static final long SPIN_NANOS = 1000L * Long.getLong("ste4j.spin.micros", 500L);
  private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();
  /** Set while the current thread runs chunks of a job; nested calls then run inline. */
  private static final ThreadLocal<boolean[]> INSIDE = ThreadLocal.withInitial(() -> new boolean[1]);

  private final Helper[] helpers;
  private final ReentrantLock oneJobAtATime = new ReentrantLock();
  private volatile Job current;
  private volatile boolean shutdown;

  SpinPool(int threads) {
    helpers = new Helper[threads - 1];
    for (int i = 0; i < helpers.length; i++) {
      helpers[i] = new Helper();
      helpers[i].start();
    }
  }

  /** Whether the calling thread is already running chunks of a job (then its nested calls run inline). */
  static boolean insideJob() {
    return Thread.currentThread() instanceof Helper || INSIDE.get()[0];
  }

  /**
   * Runs body over [0, n) split into {@code chunks} chunks, on the caller and the helpers. Returns false, having
   * run nothing, when another thread's job holds the pool: the caller then runs the body itself.
   */
  boolean tryRun(Parallel.RangeBody body, int n, int chunks) {
    if (!oneJobAtATime.tryLock()) {
      return false;
    }
    try {
      Job job = new Job(body, n, chunks);
      current = job;
      for (Helper h : helpers) {
        if (h.parked) {
          LockSupport.unpark(h);
        }
      }
      boolean[] inside = INSIDE.get();
      inside[0] = true;
      try {
        job.work();
      } finally {
        inside[0] = false;
      }
      job.awaitDone();
      current = null;
      job.rethrow();
      return true;
    } finally {
      oneJobAtATime.unlock();
    }
  }

  void shutdown() {
    shutdown = true;
    for (Helper h : helpers) {
      LockSupport.unpark(h);
    }
  }

  /** One parallel call: chunk c covers [c·n/chunks, (c+1)·n/chunks); chunks are handed out in order. */
  private static final class Job {
    private final Parallel.RangeBody body;
    private final int n;
    private final int chunks;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private volatile Throwable failure;

    Job(Parallel.RangeBody body, int n, int chunks) {
      this.body = body;
      this.n = n;
      this.chunks = chunks;
    }

    void work() {
      for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
        try {
          body.run((int) ((long) c * n / chunks), (int) ((long) (c + 1) * n / chunks));
        } catch (Throwable e) {
          if (failure == null) {
            failure = e;
          }
        } finally {
          done.incrementAndGet();
        }
      }
    }

    void awaitDone() {
      for (int spins = 0; done.get() < chunks; spins++) {
        if ((spins & 1023) == 1023) {
          Thread.yield(); // a helper lost its core (a busy machine): let it run
        } else {
          Thread.onSpinWait();
        }
      }
    }

    void rethrow() {
      Throwable e = failure;
      if (e instanceof RuntimeException r) {
        throw r;
      }
      if (e instanceof Error err) {
        throw err;
      }
      if (e != null) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final class Helper extends Thread {
    volatile boolean parked;

    Helper() {
      super("ste4j-kernel-" + WORKER_NUMBER.getAndIncrement());
      setDaemon(true);
    }

    @Override
    public void run() {
      Job last = null;
      long idleSince = System.nanoTime();
      while (!shutdown) {
        Job job = current;
        if (job != null && job != last) {
          last = job;
          job.work();
          idleSince = System.nanoTime();
        } else if (System.nanoTime() - idleSince < SPIN_NANOS) {
          Thread.onSpinWait();
        } else {
          // Announce the park before the last look at `current`: a caller that publishes a job after this write
          // sees parked and unparks us; one that published before it is seen by the look.
          parked = true;
          Job seen = current;
          if ((seen == null || seen == last) && !shutdown) {
            LockSupport.park(this);
          }
          parked = false;
          idleSince = System.nanoTime();
        }
      }
    }
  }
}
