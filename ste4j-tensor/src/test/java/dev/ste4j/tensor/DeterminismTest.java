package dev.ste4j.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.kernel.KernelSelection;
import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same seed gives bitwise the same training step for 1, 2 and 4 threads, with each kernel implementation. */
class DeterminismTest {

  private final int threadsBefore = Parallel.threads();

  @AfterEach
  void restore() {
    Parallel.setThreads(threadsBefore);
    KernelSelection.force("auto");
  }

  @ParameterizedTest
  @ValueSource(strings = {"scalar", "vector"})
  void trainingStepsAreBitwiseIdenticalForOneTwoAndFourThreads(String kernels) {
    KernelSelection.force(kernels);
    float[][] reference = null;
    for (int threads : new int[] {1, 2, 4}) {
      Parallel.setThreads(threads);
      float[][] result = train(2024);
      if (reference == null) {
        reference = result;
      } else {
        for (int p = 0; p < reference.length; p++) {
          assertThat(result[p]).as(kernels + " kernels, " + threads + " threads, parameter " + p)
              .containsExactly(reference[p]);
        }
      }
    }
    // And a rerun with the same seed on the same thread count.
    assertThat(train(2024)[2]).containsExactly(reference[2]);
    assertThat(train(2025)[2]).isNotEqualTo(reference[2]);
  }

  private static float[][] train(long seed) {
    Rng rng = new Rng(seed);
    TinyNet net = new TinyNet(rng.split(1));
    Rng data = rng.split(2);
    for (int step = 0; step < 3; step++) {
      net.sgdStep(TinyNet.inputs(data, 16), TinyNet.labels(data, 16), 0.05f);
    }
    float[][] params = TinyNet.snapshot(net);
    float[][] withStats = java.util.Arrays.copyOf(params, params.length + 2);
    withStats[params.length] = net.runMean.clone();
    withStats[params.length + 1] = net.runVar.clone();
    return withStats;
  }
}
