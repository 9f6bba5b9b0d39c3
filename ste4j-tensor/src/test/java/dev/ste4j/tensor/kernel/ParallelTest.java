package dev.ste4j.tensor.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelTest {

  private final int savedThreads = Parallel.threads();

  @AfterEach
  void restoreThreads() {
    Parallel.setThreads(savedThreads);
  }

  /** Counts how often each index was visited by forRange(n, grain). */
  private static AtomicIntegerArray visits(int n, int grain) {
    AtomicIntegerArray seen = new AtomicIntegerArray(Math.max(n, 0));
    Parallel.forRange(n, grain, (from, to) -> {
      for (int i = from; i < to; i++) {
        seen.incrementAndGet(i);
      }
    });
    return seen;
  }

  private static void assertEachOnce(AtomicIntegerArray seen) {
    for (int i = 0; i < seen.length(); i++) {
      assertThat(seen.get(i)).as("index %d", i).isEqualTo(1);
    }
  }

  @Test
  void everyIndexIsVisitedExactlyOnceForAnyThreadCountAndGrain() {
    for (int threads : new int[] {1, 2, 3, 5}) {
      Parallel.setThreads(threads);
      for (int n : new int[] {0, 1, 2, 7, 64, 1000, 4097}) {
        for (int grain : new int[] {1, 3, 64, 5000}) {
          assertEachOnce(visits(n, grain));
        }
      }
    }
  }

  @Test
  void nestedCallsRunInlineAndStillCoverTheirRange() {
    Parallel.setThreads(3);
    AtomicIntegerArray seen = new AtomicIntegerArray(40 * 50);
    Parallel.forRange(40, 1, (from, to) -> {
      for (int i = from; i < to; i++) {
        int row = i;
        Parallel.forRange(50, 1, (f, t) -> {
          for (int j = f; j < t; j++) {
            seen.incrementAndGet(row * 50 + j);
          }
        });
      }
    });
    assertEachOnce(seen);
  }

  @Test
  void callsFromManyThreadsAtOnceEachCoverTheirRange() throws Exception {
    Parallel.setThreads(2);
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      List<Future<AtomicIntegerArray>> results = new ArrayList<>();
      for (int c = 0; c < 200; c++) {
        int n = 100 + c;
        results.add(callers.submit(() -> visits(n, 1)));
      }
      for (Future<AtomicIntegerArray> r : results) {
        assertEachOnce(r.get());
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void aFailingChunkFailsTheCallAndLeavesThePoolUsable() {
    Parallel.setThreads(2);
    assertThatThrownBy(() -> Parallel.forRange(100, 1, (from, to) -> {
      if (from <= 50 && 50 < to) {
        throw new IllegalStateException("chunk with index 50 failed");
      }
    })).isInstanceOf(IllegalStateException.class).hasMessageContaining("index 50");
    assertEachOnce(visits(1000, 1));
  }

  @Test
  void changingTheThreadCountReplacesTheWorkers() {
    for (int round = 0; round < 20; round++) {
      Parallel.setThreads(1 + round % 3);
      assertEachOnce(visits(300, 1));
    }
  }
}
