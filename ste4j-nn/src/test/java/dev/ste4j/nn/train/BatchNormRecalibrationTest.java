package dev.ste4j.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.nn.checkpoint.Checkpoint;
import dev.ste4j.nn.checkpoint.CheckpointFormat;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.RandomCrop;
import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.Sequential;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precise BN: exact batch statistics, no change to the weights' path, idempotent, resumable. */
class BatchNormRecalibrationTest {

  private static final Dataset IMAGES = AugmentedTrainingTest.IMAGES;

  private static Module model() {
    return AugmentedTrainingTest.model();
  }

  private static Trainer trainer(Module m, int recalibration, Path checkpoint, TrainingListener listener) {
    TrainingConfig c = TrainingConfig.of(TrainingOptions.of(3, 20, 9).withCheckpointEvery(2))
        .withAugmentation(new RandomCrop(1, false)).withBnRecalibration(recalibration);
    return Training.of(m).config(c).modelId("bnn-cnn").hooks(ModelHooks.none()).metadata(Map.of())
        .listener(listener).checkpointTo(checkpoint).trainer();
  }

  private static List<float[]> parameters(Module m) {
    List<float[]> out = new ArrayList<>();
    m.namedParameters().values().forEach(p -> out.add(p.data().clone()));
    return out;
  }

  private static List<float[]> buffers(Module m) {
    List<float[]> out = new ArrayList<>();
    m.namedBuffers().values().forEach(b -> out.add(b.clone()));
    return out;
  }

  @Test
  void theRunningStatisticsBecomeTheBatchMeanAndUnbiasedVarianceOfEachChannel() {
    // Two channels of six samples in one batch: the statistics are the plain per-channel ones.
    float[] x = {1, 10, 2, 20, 3, 30, 4, 40, 5, 50, 9, 60};
    Dataset data = new Dataset("pairs", x, new int[6], new int[] {2}, 2);
    BatchNorm bn = new BatchNorm(2);
    BatchNormRecalibration.recalibrate(new Sequential(bn), data, 1, 6, 0, ModelHooks.none());
    assertThat(bn.runningMean()[0]).isCloseTo(4f, within(1e-6f));
    assertThat(bn.runningMean()[1]).isCloseTo(35f, within(1e-5f));
    // Unbiased: Σ(x − 4)² = 9+4+1+0+1+25 = 40 over 5; Σ(x − 35)² = 1750 over 5.
    assertThat(bn.runningVar()[0]).isCloseTo(8f, within(1e-5f));
    assertThat(bn.runningVar()[1]).isCloseTo(350f, within(1e-3f));
  }

  @Test
  void itAveragesOverBatchesAndDoesNotDependOnTheStatisticsItReplaces() {
    Module a = model();
    trainer(a, 0, null, null).fit(IMAGES, null, null);
    BatchNormRecalibration.recalibrate(a, IMAGES, 4, 20, 5, ModelHooks.none());
    List<float[]> once = buffers(a);
    for (float[] b : a.namedBuffers().values()) {
      Arrays.fill(b, 7f);
    }
    BatchNormRecalibration.recalibrate(a, IMAGES, 4, 20, 5, ModelHooks.none());
    TrainerTest.assertBitwiseEqual(buffers(a), once);
    assertThat(a.isTraining()).isTrue();
    // More batches than the data holds: every full batch once, and the remainder left out.
    BatchNormRecalibration.recalibrate(a, IMAGES, 100, 50, 5, ModelHooks.none());
    assertThat(buffers(a).get(0)).isNotEqualTo(once.get(0));
  }

  @Test
  void theWeightsFollowTheSamePathAndOnlyTheStatisticsChange() {
    Module plain = model();
    trainer(plain, 0, null, null).fit(IMAGES, IMAGES, null);
    Module precise = model();
    TrainingResult r = trainer(precise, 3, null, null).fit(IMAGES, IMAGES, null);
    TrainerTest.assertBitwiseEqual(parameters(precise), parameters(plain));
    assertThat(buffers(precise).get(0)).isNotEqualTo(buffers(plain).get(0));
    Module again = model();
    TrainingResult r2 = trainer(again, 3, null, null).fit(IMAGES, IMAGES, null);
    TrainerTest.assertBitwiseEqual(buffers(again), buffers(precise));
    assertThat(r2.testAccuracy()).isEqualTo(r.testAccuracy());
  }

  @Test
  void aResumedRunEndsBitwiseEqualToAnUninterruptedOne(@TempDir Path dir) {
    Module whole = model();
    trainer(whole, 2, dir.resolve("whole.ckpt"), null).fit(IMAGES, null, null);
    Path ckpt = dir.resolve("cut.ckpt");
    assertThatThrownBy(() -> trainer(model(), 2, ckpt, new TrainingListener() {
      @Override
      public void step(int epoch, int batch, int batches, long step, double loss, double acc) {
        if (step == 9) {
          throw new TrainerTest.Crash();
        }
      }
    }).fit(IMAGES, null, null)).isInstanceOf(TrainerTest.Crash.class);
    Checkpoint saved = CheckpointFormat.read(ckpt);
    Module resumed = model();
    trainer(resumed, 2, ckpt, null).fit(IMAGES, null, saved);
    TrainerTest.assertBitwiseEqual(TrainerTest.weights(resumed), TrainerTest.weights(whole));
  }

  @Test
  void aNegativeCountAndBatchesOfOneValueAreRefusedNamingThem() {
    assertThatThrownBy(() -> TrainingConfig.defaults().withBnRecalibration(-1))
        .hasMessageContaining("batch-norm recalibration needs 0 or more batches, got -1");
    Dataset flat = new Dataset("one", new float[] {1, 2, 3, 4}, new int[2], new int[] {2}, 2);
    assertThatThrownBy(() -> BatchNormRecalibration.recalibrate(new Sequential(new BatchNorm(2)), flat, 1, 1, 0,
        ModelHooks.none())).hasMessageContaining("more than one value per channel");
  }
}
