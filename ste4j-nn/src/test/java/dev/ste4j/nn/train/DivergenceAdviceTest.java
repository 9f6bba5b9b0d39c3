package dev.ste4j.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.data.Dataset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Java caller whose training diverges is told what to change in Java — the learning rate of the optimizer, or
 * {@code skipNonFinite(true)} — not command-line flags; and {@link Training#skipNonFinite} does what it says.
 */
class DivergenceAdviceTest {

  /** 40 samples with one NaN pixel in sample 7: the first batch of 10 holds it. */
  private static Dataset poisoned() {
    float[] x = new float[40 * 12];
    int[] y = new int[40];
    for (int i = 0; i < 40; i++) {
      TrainerTest.TRAIN.copySample(i, x, i * 12);
      y[i] = TrainerTest.TRAIN.label(i);
    }
    x[7 * 12 + 3] = Float.NaN;
    return new Dataset("synthetic", x, y, new int[] {12}, 3);
  }

  @Test
  void theAdviceNamesJavaCallsNotCommandLineFlags() {
    Training t = Training.of(new TinyNet(12, 16, 3, false, 5)).optimizer("sgd", Map.of("lr", 1e30)).epochs(1)
        .batchSize(10);
    assertThatThrownBy(() -> t.fit(TrainerTest.TRAIN, null)).isInstanceOf(DivergenceException.class)
        .hasMessageStartingWith("training diverged at step ")
        .hasMessageContaining("Map.of(\"lr\", 1e-4)")
        .hasMessageContaining("Training.skipNonFinite(true)")
        .hasMessageNotContaining("--");
  }

  @Test
  void skipNonFiniteSkipsTheBadBatchInsteadOfStopping() {
    Dataset data = poisoned();
    assertThatThrownBy(() -> Training.of(new TinyNet(12, 16, 3, false, 5)).epochs(1).batchSize(10).fit(data, null))
        .isInstanceOf(DivergenceException.class).hasMessageContaining("input batch has 1 non-finite value ");
    TrainingResult r = Training.of(new TinyNet(12, 16, 3, false, 5)).epochs(1).batchSize(10).skipNonFinite(true)
        .fit(data, null);
    assertThat(r.history().get(0).skippedBatches()).isEqualTo(1);
    assertThat(r.steps()).isEqualTo(3);
  }
}
