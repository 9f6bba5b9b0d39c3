package dev.ste4j.lab.yin2019.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.data.DatasetUnavailableException;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.store.DataStore;
import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.kernel.Parallel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeepExperimentsTest {

  private static final TrainTest DATA = SyntheticImages.make(120, 60, 3);

  private static Table1Config tiny(long seed) {
    return Table1Config.paper(DeepNetwork.LENET5, seed).withBits(List.of(2))
        .withStes(List.of(SteVariant.IDENTITY, SteVariant.CLIPPED_RELU)).withEpochs(2).withPretrain(2, 0.05)
        .withBatch(16).withLr(0.05);
  }

  @Test
  void table1RunsEndToEndAndIsDeterministic() {
    Table1Config c = tiny(11);
    Table1Result a = Table1Experiment.run(c, DATA, s -> { });
    assertThat(a.trainSize()).isEqualTo(120);
    assertThat(a.testSize()).isEqualTo(60);
    assertThat(a.floatNetwork().epochs()).hasSize(2);
    // the data are easy: the float network must have learned something
    assertThat(a.floatNetwork().testAccuracy()).isGreaterThan(0.6);
    assertThat(a.rows()).extracting(Table1Row::ste).containsExactly(SteVariant.IDENTITY, SteVariant.CLIPPED_RELU);
    for (Table1Row r : a.rows()) {
      assertThat(r.bits()).isEqualTo(2);
      assertThat(r.alpha()).isEqualTo(0.6511f);
      assertThat(r.run().epochs()).hasSize(2);
      assertThat(r.run().finalTrainLoss()).isFinite().isPositive();
      assertThat(r.run().testAccuracy()).isBetween(0.0, 1.0);
      assertThat(r.run().epochs().get(1).learningRate()).isEqualTo(0.05 * 0.1);
    }
    assertThat(a.rows().get(0).run().withoutTime()).isNotEqualTo(a.rows().get(1).run().withoutTime());
    Table1Result b = Table1Experiment.run(c, DATA, s -> { });
    assertThat(b.withoutTime()).isEqualTo(a.withoutTime());
    Table1Result other = Table1Experiment.run(tiny(12), DATA, s -> { });
    assertThat(other.withoutTime().floatNetwork()).isNotEqualTo(a.withoutTime().floatNetwork());
  }

  @Test
  void theThreadCountDoesNotChangeTheResult() {
    // Two rows: with two threads they train side by side.
    Table1Config c = tiny(8).withStes(List.of(SteVariant.RELU, SteVariant.IDENTITY)).withEpochs(1)
        .withPretrain(1, 0.05);
    int previous = Parallel.threads();
    try {
      Parallel.setThreads(1);
      Table1Result one = Table1Experiment.run(c, DATA, s -> { });
      Parallel.setThreads(2);
      Table1Result two = Table1Experiment.run(c, DATA, s -> { });
      assertThat(two.withoutTime()).isEqualTo(one.withoutTime());
      assertThat(two.rows()).extracting(Table1Row::ste).containsExactly(SteVariant.RELU, SteVariant.IDENTITY);
    } finally {
      Parallel.setThreads(previous);
    }
  }

  @Test
  void subsetsAreSeededAndRowsDoNotDependOnTheOtherRows() {
    Table1Config c = tiny(5).withSubsets(48, 30).withEpochs(1).withPretrain(1, 0.05);
    Table1Result both = Table1Experiment.run(c, DATA, s -> { });
    assertThat(both.trainSize()).isEqualTo(48);
    assertThat(both.testSize()).isEqualTo(30);
    Table1Result one = Table1Experiment.run(c.withStes(List.of(SteVariant.CLIPPED_RELU)), DATA, s -> { });
    assertThat(one.withoutTime().rows().get(0)).isEqualTo(both.withoutTime().rows().get(1));
  }

  @Test
  void figure2StartsFromTheMinimumAndRecordsEveryEpoch() {
    Table1Config m = tiny(11).withBits(List.of(2)).withStes(List.of(SteVariant.RELU, SteVariant.CLIPPED_RELU));
    Figure2Result r = Figure2Experiment.run(new Figure2Config(m, 2, 1e-5, 2), DATA, s -> { });
    assertThat(r.curves()).extracting(Figure2Curve::from).containsExactly(SteVariant.RELU, SteVariant.CLIPPED_RELU);
    for (int i = 0; i < 2; i++) {
      Figure2Curve curve = r.curves().get(i);
      assertThat(curve.points()).hasSize(1 + 2 + 2);
      assertThat(curve.points()).extracting(EpochPoint::epoch).containsExactly(0, 1, 2, 3, 4);
      // epoch 0 evaluates the transferred minimum: the same test figures as the Table 1 run ended with
      assertThat(curve.start().testAccuracy()).isEqualTo(r.minima().rows().get(i).run().testAccuracy());
      assertThat(curve.start().testLoss()).isEqualTo(r.minima().rows().get(i).run().testLoss());
      assertThat(curve.points().get(1).learningRate()).isEqualTo(1e-5);
      assertThat(curve.points()).allSatisfy(p -> assertThat(p.trainLoss()).isFinite().isPositive());
      assertThat(curve.end().learningRate()).isEqualTo(0.05 * 0.1);
    }
    Figure2Result again = Figure2Experiment.run(new Figure2Config(m, 2, 1e-5, 2), DATA, s -> { });
    assertThat(again.withoutTime()).isEqualTo(r.withoutTime());
  }

  @Test
  void figure2ContinuesWithEveryGivenSteAndRepeatsPerSeed() {
    Table1Config m = tiny(11).withBits(List.of(2)).withStes(List.of(SteVariant.RELU, SteVariant.CLIPPED_RELU));
    Figure2Config c = new Figure2Config(m, List.of(SteVariant.IDENTITY, SteVariant.RELU), 1, 1e-5, 0);
    List<Figure2Result> r = Figure2Experiment.runSeeds(c, List.of(11L, 12L), DATA, s -> { });
    assertThat(r).extracting(Figure2Result::seed).containsExactly(11L, 12L);
    assertThat(r.get(0).testSize()).isEqualTo(DATA.test().size());
    assertThat(r.get(0).curves()).extracting(x -> x.from() + ">" + x.continued()).containsExactly(
        "RELU>IDENTITY", "RELU>RELU", "CLIPPED_RELU>IDENTITY", "CLIPPED_RELU>RELU");
    // The identity curves are those of the identity-only protocol (same seeds), and a curve starts at its minimum.
    Figure2Result identityOnly = Figure2Experiment.run(new Figure2Config(m, 1, 1e-5, 0), DATA, s -> { });
    assertThat(r.get(0).curves().get(0).withoutTime()).isEqualTo(identityOnly.curves().get(0).withoutTime());
    assertThat(r.get(0).curves().get(1).start().withoutTime()).isEqualTo(r.get(0).curves().get(0).start().withoutTime());
    assertThat(r.get(0).curves().get(1).withoutTime().points())
        .isNotEqualTo(r.get(0).curves().get(0).withoutTime().points());
    assertThat(r.get(1).curves().get(0).start().withoutTime())
        .isNotEqualTo(r.get(0).curves().get(0).start().withoutTime());
    assertThatThrownBy(() -> new Figure2Config(m, List.of(SteVariant.RELU, SteVariant.RELU), 1, 1e-5, 0))
        .hasMessageContaining("distinct");
  }

  @Test
  void figure2FromTheCheckpointsOfATable1RunEqualsTrainingTheMinimaAgain(@TempDir Path ckpt) {
    Table1Config m = tiny(4).withBits(List.of(4)).withStes(List.of(SteVariant.RELU, SteVariant.CLIPPED_RELU))
        .withEpochs(1).withPretrain(1, 0.05);
    Table1Experiment.run(m, DATA, s -> { }, ckpt);
    assertThat(ckpt.resolve("table1-float.ckpt")).exists();
    assertThat(ckpt.resolve(Table1Experiment.checkpointName(4, SteVariant.RELU))).exists();
    Figure2Config c = new Figure2Config(m, 1, 1e-5, 1);
    Figure2Result loaded = Figure2Experiment.runFrom(c, DATA, ckpt, s -> { });
    assertThat(loaded.minima()).isNull();
    Figure2Result trained = Figure2Experiment.run(c, DATA, s -> { });
    assertThat(loaded.withoutTime().curves()).isEqualTo(trained.withoutTime().curves());
    Figure2Config twoBits = new Figure2Config(m.withBits(List.of(2)), 1, 1e-5, 1);
    assertThatThrownBy(() -> Figure2Experiment.runFrom(twoBits, DATA, ckpt, s -> { }))
        .hasMessageContaining("table1-2bit-relu.ckpt").hasMessageContaining("--bits 2");
  }

  @Test
  void aMissingCifar10SaysWhereItWasLookedFor(@TempDir Path empty) {
    assertThatThrownBy(() -> DeepData.load(DeepNetwork.RESNET20, new DataStore(empty).withFetching(false)))
        .isInstanceOf(DatasetUnavailableException.class).hasMessageContaining("cifar10")
        .hasMessageContaining("data_batch_1.bin");
  }
}
