package dev.ste4j.lab.yin2019;

import dev.ste4j.tensor.kernel.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a task for every index k of [0, count) on the shared pool and concatenates the results in index order, so the
 * outcome does not depend on the thread count as long as each task is seeded by its index only.
 */
final class IndexedParallel {

  private IndexedParallel() {}

  /** One index's work; ecg belongs to the calling chunk (it is not thread-safe). */
  interface Task<T> {
    T[] run(int k, ExpectedCoarseGradient ecg);
  }

  /** task(k, ·) for every k, in chunks of grain indices, each chunk with its own ExpectedCoarseGradient from ecgs. */
  static <T> List<T> collect(int count, int grain, Supplier<ExpectedCoarseGradient> ecgs, Task<T> task) {
    List<List<T>> slots = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      slots.add(null);
    }
    Parallel.forRange(count, grain, (from, to) -> {
      ExpectedCoarseGradient ecg = ecgs.get();
      for (int k = from; k < to; k++) {
        slots.set(k, List.of(task.run(k, ecg)));
      }
    });
    List<T> all = new ArrayList<>();
    for (List<T> s : slots) {
      all.addAll(s);
    }
    return all;
  }
}
