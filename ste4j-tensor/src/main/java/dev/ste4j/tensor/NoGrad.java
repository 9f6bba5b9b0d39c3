package dev.ste4j.tensor;

/**
 * A scope in which ops record nothing for autograd (evaluation, optimizer updates, backward closures).
 *
 * <pre>{@code try (var s = NoGrad.enter()) { ... } }</pre>
 * Scopes nest and are per thread.
 */
public final class NoGrad implements AutoCloseable {

  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
  private boolean closed;

  private NoGrad() {
    DEPTH.get()[0]++;
  }

  public static NoGrad enter() {
    return new NoGrad();
  }

  /** True while any no-grad scope is open on this thread. */
  public static boolean isActive() {
    return DEPTH.get()[0] > 0;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      DEPTH.get()[0]--;
    }
  }
}
