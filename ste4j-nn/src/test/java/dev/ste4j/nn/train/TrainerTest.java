package dev.ste4j.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.checkpoint.Checkpoint;
import dev.ste4j.nn.checkpoint.CheckpointFormat;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.nn.optim.Optimizer;
import dev.ste4j.nn.optim.Optimizers;
import dev.ste4j.nn.schedule.Schedule;
import dev.ste4j.nn.schedule.Schedules;
import dev.ste4j.tensor.kernel.Parallel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {

  static final Dataset TRAIN = TinyNet.blobs(300, 12, 3, 1);
  static final Dataset TEST = TinyNet.blobs(100, 12, 3, 1);

  /** A run of TinyNet with Bop on the binary layer and Adam elsewhere, a cosine schedule with warm-up. */
  record Setup(TinyNet model, Optimizer optimizer, Trainer trainer) {}

  static Setup setup(TrainingOptions options, Path checkpoint, TrainingListener listener, boolean binary) {
    TinyNet model = new TinyNet(12, 32, 3, binary, 5);
    Optimizer opt = (binary ? Optimizers.assignment(Map.of("groups", List.of(
        Map.of("match", Map.of("precision", "1"), "name", "bop", "threshold", 1e-4, "gamma", 1e-2),
        Map.of("match", Map.of("precision", ">1"), "name", "adam", "lr", 0.01))))
        : Optimizers.assignment("adam")).build(model.namedParameters());
    Schedule schedule = Schedules.create("cosine", Map.of("warmup_epochs", 1), Trainer.batchesPerEpoch(300,
        options.batchSize()), options.epochs());
    Trainer trainer = Training.of(model).config(TrainingConfig.of(options)).modelId("tinynet").optimizer(opt)
        .schedule(schedule).hooks(ModelHooks.none()).listener(listener).checkpointTo(checkpoint)
        .metadata(Map.of("config", "test")).trainer();
    return new Setup(model, opt, trainer);
  }

  static List<float[]> weights(Module m) {
    List<float[]> out = new ArrayList<>();
    m.namedParameters().values().forEach(p -> out.add(p.data().clone()));
    m.namedBuffers().values().forEach(b -> out.add(b.clone()));
    return out;
  }

  static void assertBitwiseEqual(List<float[]> a, List<float[]> b) {
    assertThat(a).hasSameSizeAs(b);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i)).containsExactly(b.get(i));
    }
  }

  /** Everything but the wall time. */
  static String withoutTimes(List<EpochStats> history) {
    StringBuilder sb = new StringBuilder();
    for (EpochStats s : history) {
      sb.append(new EpochStats(s.epoch(), s.step(), s.trainLoss(), s.trainAccuracy(), s.testLoss(), s.testAccuracy(),
          s.rateFactor(), s.skippedBatches(), s.flipRatio(), s.flipRatios(), s.latentSaturation(), s.extra(), 0))
          .append('\n');
    }
    return sb.toString();
  }

  @Test
  void learnsSeparableBlobsAndReportsEveryEpoch() {
    List<EpochStats> seen = new ArrayList<>();
    Setup s = setup(TrainingOptions.of(4, 20, 7), null, new TrainingListener() {
      @Override
      public void epoch(EpochStats stats, List<EpochStats> history) {
        seen.add(stats);
      }
    }, true);
    TrainingResult r = s.trainer().fit(TRAIN, TEST, null);
    assertThat(r.testAccuracy()).isGreaterThan(0.9);
    assertThat(r.history()).hasSize(4).isEqualTo(seen);
    assertThat(r.steps()).isEqualTo(4 * 15);
    assertThat(seen.get(0).flipRatio()).isBetween(0.0, 1.0);
    assertThat(seen.get(0).flipRatios()).containsOnlyKeys("w1");
    assertThat(seen.get(3).trainLoss()).isLessThan(seen.get(0).trainLoss());
    // Bop keeps the binary weights at exactly ±1, so none lies outside the pass band.
    assertThat(seen.get(3).latentSaturation()).isEqualTo(0.0);
  }

  @Test
  void sameSeedGivesBitwiseSameWeightsForOneAndTwoThreads() {
    int before = Parallel.threads();
    try {
      List<List<float[]>> results = new ArrayList<>();
      for (int threads : new int[] {1, 2}) {
        Parallel.setThreads(threads);
        // wide enough (64 × 1024 hidden values per batch) that the elementwise ops and GEMMs split across threads
        TinyNet model = new TinyNet(12, 1024, 3, true, 5);
        Optimizer opt = Optimizers.create("adam", Map.of(), model.namedParameters());
        Training.of(model).config(TrainingConfig.of(TrainingOptions.of(2, 64, 3))).modelId("tinynet").optimizer(opt)
            .schedule(step -> 1.0).hooks(ModelHooks.none()).metadata(Map.of()).trainer().fit(TRAIN, TEST, null);
        results.add(weights(model));
      }
      assertBitwiseEqual(results.get(0), results.get(1));
    } finally {
      Parallel.setThreads(before);
    }
  }

  /** Thrown by a listener to stop a run at a chosen step, as a crash would. */
  static final class Crash extends RuntimeException {
    Crash() {
      super("simulated crash");
    }
  }

  @Test
  void aRunResumedFromItsCheckpointEndsBitwiseEqualToAnUninterruptedOne(@TempDir Path dir) {
    TrainingOptions options = TrainingOptions.of(3, 20, 11).withCheckpointEvery(4);
    Setup whole = setup(options, dir.resolve("whole.ckpt"), null, true);
    TrainingResult expected = whole.trainer().fit(TRAIN, TEST, null);
    // stop mid-epoch after a checkpoint, mid-epoch between checkpoints, and right after an epoch's checkpoint
    for (int crashAt : new int[] {9, 14, 15, 31}) {
      Path ckpt = dir.resolve("run" + crashAt + ".ckpt");
      Setup first = setup(options, ckpt, new TrainingListener() {
        @Override
        public void step(int epoch, int batch, int batches, long step, double loss, double acc) {
          if (step == crashAt) {
            throw new Crash();
          }
        }
      }, true);
      assertThatThrownBy(() -> first.trainer().fit(TRAIN, TEST, null)).isInstanceOf(Crash.class);
      Checkpoint saved = CheckpointFormat.read(ckpt);
      assertThat(saved.step()).isLessThanOrEqualTo(crashAt).isGreaterThan(0);
      Setup resumed = setup(options, ckpt, null, true);
      TrainingResult got = resumed.trainer().fit(TRAIN, TEST, saved);
      assertBitwiseEqual(weights(resumed.model()), weights(whole.model()));
      assertThat(resumed.optimizer().state().sameAs(whole.optimizer().state())).isTrue();
      assertThat(withoutTimes(got.history())).isEqualTo(withoutTimes(expected.history()));
      assertThat(got.testAccuracy()).isEqualTo(expected.testAccuracy());
    }
  }

  @Test
  void divergenceStopsNamingStepAndLayerAndKeepsTheLastGoodCheckpoint(@TempDir Path dir) throws Exception {
    TinyNet model = new TinyNet(12, 32, 3, false, 5);
    Optimizer sgd = Optimizers.create("sgd", Map.of("lr", 1e30), model.namedParameters());
    Path ckpt = dir.resolve("ckpt");
    Trainer t = Training.of(model).config(TrainingConfig.of(TrainingOptions.of(2, 20, 1).withCheckpointEvery(1)))
        .modelId("tinynet").optimizer(sgd).schedule(step -> 1.0).checkpointTo(ckpt).hooks(ModelHooks.none())
        .metadata(Map.of()).trainer();
    DivergenceException e = catchDivergence(() -> t.fit(TRAIN, TEST, null));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("step " + e.finding().step()).contains("layer ")
        .contains("last good checkpoint");
    assertThat(e.finding().layer()).isNotNull();
    Checkpoint last = CheckpointFormat.read(ckpt);
    assertThat(last.step()).isEqualTo(e.finding().step() - 1);
    for (Checkpoint.Entry entry : last.parameters().values()) {
      for (float v : entry.values()) {
        assertThat(Float.isFinite(v)).isTrue();
      }
    }
  }

  static DivergenceException catchDivergence(Runnable r) {
    try {
      r.run();
      return null;
    } catch (DivergenceException e) {
      return e;
    }
  }

  @Test
  void nonFiniteInputsStopOrAreSkippedOnRequest() {
    float[] x = new float[40 * 12];
    int[] y = new int[40];
    for (int i = 0; i < 40; i++) {
      TRAIN.copySample(i, x, i * 12);
      y[i] = TRAIN.label(i);
    }
    x[7 * 12 + 3] = Float.NaN;
    Dataset poisoned = new Dataset("synthetic", x, y, new int[] {12}, 3);
    Setup stop = setup(TrainingOptions.of(1, 10, 2), null, null, false);
    assertThatThrownBy(() -> stop.trainer().fit(poisoned, null, null)).isInstanceOf(DivergenceException.class)
        .hasMessageContaining("input batch has 1 non-finite value");
    List<NonFinite> skipped = new ArrayList<>();
    Setup skip = setup(TrainingOptions.of(2, 10, 2).withSkipNonFinite(true), null, new TrainingListener() {
      @Override
      public void skipped(NonFinite finding) {
        skipped.add(finding);
      }
    }, false);
    TrainingResult r = skip.trainer().fit(poisoned, null, null);
    assertThat(skipped).hasSize(2);
    assertThat(r.history()).extracting(EpochStats::skippedBatches).containsExactly(1, 1);
    assertThat(r.steps()).isEqualTo(2 * 4 - 2);
    for (Parameter p : skip.model().namedParameters().values()) {
      for (float v : p.data()) {
        assertThat(Float.isFinite(v)).isTrue();
      }
    }
  }

  @Test
  void gradientBlowUpNamesTheLayerNearestTheOutput() throws Exception {
    TinyNet model = new TinyNet(12, 32, 3, false, 5);
    // An infinite output bias gives an infinite loss only through the output layer's parameters.
    model.namedParameters().get("b2").data()[0] = Float.MAX_VALUE;
    model.namedParameters().get("w2").data()[0] = Float.MAX_VALUE;
    Trainer t = Training.of(model).config(TrainingConfig.of(TrainingOptions.of(1, 20, 1))).modelId("tinynet")
        .optimizer(Optimizers.create("adam", Map.of(), model.namedParameters())).schedule(step -> 1.0)
        .hooks(ModelHooks.none()).metadata(Map.of()).trainer();
    DivergenceException e = catchDivergence(() -> t.fit(TRAIN, null, null));
    assertThat(e).isNotNull();
    assertThat(e.finding().step()).isEqualTo(1);
    assertThat(e.getMessage()).contains("step 1 (epoch 1, batch 1)");
  }

  @Test
  void resumingWithAnotherSeedOrModelIsRefused(@TempDir Path dir) throws Exception {
    Path ckpt = dir.resolve("c");
    setup(TrainingOptions.of(1, 50, 4), ckpt, null, false).trainer().fit(TRAIN, null, null);
    Checkpoint c = CheckpointFormat.read(ckpt);
    assertThatThrownBy(() -> setup(TrainingOptions.of(2, 50, 5), null, null, false).trainer().fit(TRAIN, null, c))
        .hasMessageContaining("seed 4").hasMessageContaining("seed 5");
    TinyNet wider = new TinyNet(12, 33, 3, false, 5);
    Trainer t = Training.of(wider).config(TrainingConfig.of(TrainingOptions.of(2, 50, 4))).modelId("tinynet")
        .optimizer(Optimizers.create("adam", Map.of(), wider.namedParameters())).schedule(step -> 1.0)
        .hooks(ModelHooks.none()).metadata(Map.of()).trainer();
    assertThatThrownBy(() -> t.fit(TRAIN, null, c)).hasMessageContaining("w1").hasMessageContaining("shape");
    assertThat(Files.exists(ckpt)).isTrue();
  }
}
