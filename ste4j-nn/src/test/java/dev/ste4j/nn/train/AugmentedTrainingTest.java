package dev.ste4j.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.checkpoint.Checkpoint;
import dev.ste4j.nn.checkpoint.CheckpointFormat;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.RandomCrop;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training with a random crop: it changes what is learned, is repeatable, and resumes bitwise. */
class AugmentedTrainingTest {

  /** 8×8 one-channel images of blobs, as a small stand-in for MNIST (also for BatchNormRecalibrationTest). */
  static final Dataset IMAGES = TinyNet.blobs(120, 64, 3, 4).reshape(1, 8, 8);

  static Module model() {
    return Models.create("bnn-cnn", ModelConfig.defaults().withWidth(2).withClasses(3).withInputShape(1, 8, 8)
        .withSeed(3));
  }

  private static Trainer trainer(Module m, RandomCrop crop, Path checkpoint, TrainingListener listener) {
    TrainingConfig c = TrainingConfig.of(TrainingOptions.of(2, 20, 9).withCheckpointEvery(2))
        .withAugmentation(crop);
    return Training.of(m).config(c).modelId("bnn-cnn").hooks(ModelHooks.none()).metadata(Map.of())
        .listener(listener).checkpointTo(checkpoint).trainer();
  }

  @Test
  void theCropChangesTheRunAndTheSameSeedRepeatsIt() {
    Module plain = model();
    trainer(plain, RandomCrop.none(), null, null).fit(IMAGES, null, null);
    Module a = model();
    trainer(a, new RandomCrop(2, true), null, null).fit(IMAGES, null, null);
    Module b = model();
    trainer(b, new RandomCrop(2, true), null, null).fit(IMAGES, null, null);
    TrainerTest.assertBitwiseEqual(TrainerTest.weights(a), TrainerTest.weights(b));
    assertThat(TrainerTest.weights(a).get(0)).isNotEqualTo(TrainerTest.weights(plain).get(0));
  }

  @Test
  void aResumedAugmentedRunEndsBitwiseEqualToAnUninterruptedOne(@TempDir Path dir) {
    RandomCrop crop = new RandomCrop(1, false);
    Module whole = model();
    trainer(whole, crop, dir.resolve("whole.ckpt"), null).fit(IMAGES, null, null);
    Path ckpt = dir.resolve("cut.ckpt");
    assertThatThrownBy(() -> trainer(model(), crop, ckpt, new TrainingListener() {
      @Override
      public void step(int epoch, int batch, int batches, long step, double loss, double acc) {
        if (step == 7) {
          throw new TrainerTest.Crash();
        }
      }
    }).fit(IMAGES, null, null)).isInstanceOf(TrainerTest.Crash.class);
    Checkpoint saved = CheckpointFormat.read(ckpt);
    Module resumed = model();
    trainer(resumed, crop, ckpt, null).fit(IMAGES, null, saved);
    TrainerTest.assertBitwiseEqual(TrainerTest.weights(resumed), TrainerTest.weights(whole));
  }

  @Test
  void samplesThatAreNotImagesAreRefusedNamingTheShape() {
    Module mlp = Models.create("bnn-mlp", ModelConfig.defaults().withWidth(8).withClasses(3).withInputShape(64));
    Dataset flat = TinyNet.blobs(40, 64, 3, 4);
    assertThatThrownBy(() -> trainer(mlp, new RandomCrop(2, false), null, null).fit(flat, null, null))
        .hasMessageContaining("[C, H, W]").hasMessageContaining("[64]");
    assertThat(List.of(RandomCrop.none().isIdentity(), new RandomCrop(0, true).isIdentity())).containsExactly(true,
        false);
  }
}
