package dev.ste4j.lab.yin2019.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.tensor.kernel.Parallel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SideBySideTest {

  private int previous;

  @BeforeEach
  void twoThreads() {
    previous = Parallel.threads();
    Parallel.setThreads(2);
  }

  @AfterEach
  void restore() {
    Parallel.setThreads(previous);
  }

  @Test
  void resultsComeInIndexOrderAndKernelsInsideARunStillCoverTheirRange() {
    var results = SideBySide.each(7, i -> {
      java.util.concurrent.atomic.AtomicInteger covered = new java.util.concurrent.atomic.AtomicInteger();
      // A kernel's parallel loop inside a run (inline on a pool thread) neither deadlocks nor skips indices.
      Parallel.forRange(1000, 1, (from, to) -> covered.addAndGet(to - from));
      return i * 10_000 + covered.get();
    });
    assertThat(results).containsExactly(1000, 11000, 21000, 31000, 41000, 51000, 61000);
  }

  @Test
  void theFirstFailureByIndexIsRethrownAsThrown() {
    IllegalStateException second = new IllegalStateException("run 2 diverged at step 7");
    assertThatThrownBy(() -> SideBySide.each(5, i -> {
      if (i == 2) {
        throw second;
      }
      if (i == 4) {
        throw new IllegalArgumentException("run 4");
      }
      return i;
    })).isSameAs(second);
  }
}
