package dev.ste4j.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Copies of strided views into row-major arrays, on the calling thread and on the kernel threads. */
class StridedCopyTest {

  private final int threadsBefore = Parallel.threads();

  @AfterEach
  void restore() {
    Parallel.setThreads(threadsBefore);
  }

  @Test
  void aLargeTransposedViewCopiesToTheSameValuesOnOneTwoAndThreeThreads() {
    // 333 × 517 = 172,161 values: above the size that runs on the kernel threads, with ragged blocks of 32 rows.
    float[] values = new float[517 * 333];
    new Rng(7).fillGaussian(values, 1f);
    Tensor t = Tensor.wrap(values, 517, 333).transpose(0, 1);
    assertThat(t.isContiguous()).isFalse();
    float[] expected = new float[values.length];
    for (int i = 0; i < 333; i++) {
      for (int j = 0; j < 517; j++) {
        expected[i * 517 + j] = values[j * 333 + i];
      }
    }
    for (int threads : new int[] {1, 2, 3}) {
      Parallel.setThreads(threads);
      assertThat(t.toArray()).as("%d threads", threads).containsExactly(expected);
    }
  }

  @Test
  void aSmallTransposedViewAndAThreeDimensionalOneCopyInRowMajorOrder() {
    float[] values = new float[2 * 3 * 4];
    for (int i = 0; i < values.length; i++) {
      values[i] = i;
    }
    Tensor small = Tensor.wrap(values.clone(), 4, 6).transpose(0, 1);
    assertThat(small.toArray()).startsWith(0f, 6f, 12f, 18f, 1f, 7f);
    Tensor cube = Tensor.wrap(values.clone(), 2, 3, 4).transpose(0, 2);
    assertThat(cube.toArray()).startsWith(0f, 12f, 4f, 16f, 8f, 20f, 1f, 13f);
  }
}
