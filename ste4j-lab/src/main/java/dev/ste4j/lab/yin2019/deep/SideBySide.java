package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.tensor.kernel.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Runs independent training runs side by side, one per kernel thread, each with its kernels inline.
 *
 * <p>A LeNet-5-sized step gains little from being split over two threads; two whole runs at once gain nearly 2×.
 * Each run computes exactly what it computes alone (its own network, seed and files), so results do not depend on
 * the thread count.
 */
final class SideBySide {

  private SideBySide() {}

  /** {@code run.apply(i)} for i in [0, n), results in index order; the first failure by index is rethrown as is. */
  static <T> List<T> each(int n, IntFunction<T> run) {
    Object[] results = new Object[n];
    RuntimeException[] failures = new RuntimeException[n];
    Parallel.forRange(n, 1, (from, to) -> {
      for (int i = from; i < to; i++) {
        try {
          results[i] = run.apply(i);
        } catch (RuntimeException e) {
          failures[i] = e; // the pool would rethrow a copy wrapping it, which changes the message users see
        }
      }
    });
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (failures[i] != null) {
        throw failures[i];
      }
      @SuppressWarnings("unchecked")
      T t = (T) results[i];
      out.add(t);
    }
    return out;
  }
}
