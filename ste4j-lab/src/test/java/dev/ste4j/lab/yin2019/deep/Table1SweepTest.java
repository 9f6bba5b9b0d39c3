package dev.ste4j.lab.yin2019.deep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.lab.sweep.LocalEngine;
import dev.ste4j.lab.sweep.SerializedCopy;
import dev.ste4j.lab.sweep.SweepResults;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.quantizer.QuantizedRelu;
import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Table 1 run as a sweep gives, bit for bit, what the loop it replaced gave, for every seed of the grid. */
class Table1SweepTest {

  private static final TrainTest DATA = SyntheticImages.make(96, 40, 3);

  private static Table1Config tiny(long seed) {
    return Table1Config.paper(DeepNetwork.LENET5, seed).withBits(List.of(2, 4))
        .withStes(List.of(SteVariant.IDENTITY, SteVariant.CLIPPED_RELU)).withEpochs(1).withPretrain(1, 0.05)
        .withBatch(16).withLr(0.05).withSubsets(80, 32);
  }

  @Test
  void theExperimentEqualsTheLoopItReplaced() {
    Table1Config c = tiny(7);
    assertThat(Table1Experiment.run(c, DATA, s -> { }).withoutTime()).isEqualTo(directLoop(c, DATA).withoutTime());
  }

  @Test
  void aGridOfSeedsOnTwoThreadsEqualsTheLoopPerSeed() throws Exception {
    Table1Config c = tiny(0);
    Table1Sweep sweep = new Table1Sweep(c, List.of(3L, 9L), () -> SyntheticImages.make(96, 40, 3));
    assertThat(sweep.cells()).hasSize(2 * (1 + 2 * 2));
    List<Table1Sweep.Outcome> results = SweepResults.run(copy(sweep), new LocalEngine(2), null);
    for (long seed : List.of(3L, 9L)) {
      assertThat(sweep.result(seed, results, 80, 32).withoutTime())
          .isEqualTo(directLoop(c.withSeed(seed), DATA).withoutTime());
    }
  }

  @Test
  void aQuantizedCellAloneInAFreshCopyGivesItsRow() throws Exception {
    Table1Sweep sweep = new Table1Sweep(tiny(0), List.of(5L), () -> SyntheticImages.make(96, 40, 3));
    Table1Sweep.Cell last = sweep.cells().get(sweep.cells().size() - 1);
    Table1Row expected = directLoop(tiny(5), DATA).rows().get(3);
    Table1Sweep.Outcome alone = copy(sweep).run(last);
    assertThat(alone.run().withoutTime()).isEqualTo(expected.run().withoutTime());
    assertThat(alone.alpha()).isEqualTo(expected.alpha());
  }

  private static Table1Sweep copy(Table1Sweep sweep) throws Exception {
    return SerializedCopy.of(sweep);
  }

  /** Table 1's loop before it became a sweep (rows side by side), kept as the reference. */
  private static Table1Result directLoop(Table1Config c, TrainTest data) {
    Consumer<String> log = line -> { };
    Path checkpointDir = null;
    boolean keepModels = false;
    Rng root = new Rng(c.seed());
    Dataset train = DeepData.subset(data.train(), c.trainSubset(), root.split(3, 0));
    Dataset test = DeepData.subset(data.test(), c.testSubset(), root.split(3, 1));
    int[] shape = train.sampleShape();
    int classes = train.numClasses();
    long modelSeed = root.split(0).nextLong();

    Module floatNet = DeepRuns.model(c.network(), new FloatRelu(), shape, classes, modelSeed);
    DeepRuns.Phase pretrain = new DeepRuns.Phase(c.pretrainEpochs(), c.batch(), c.pretrainLr(), c.momentum(),
        c.weightDecay(), c.pretrainMilestones(), c.network().schedule().gamma());
    RunCurve floatRun = DeepRuns.train(floatNet, "yin2019 " + c.network().key() + " float", train, test, pretrain,
        root.split(1).nextLong(), log, checkpointDir == null ? null : checkpointDir.resolve("table1-float.ckpt"),
        false);

    DeepRuns.Phase phase = new DeepRuns.Phase(c.epochs(), c.batch(), c.lr(), c.momentum(), c.weightDecay(),
        c.milestones(), c.network().schedule().gamma());
    record Cell(int bits, SteVariant ste) {}
    List<Cell> grid = new ArrayList<>();
    for (int bits : c.bits()) {
      for (SteVariant ste : c.stes()) {
        grid.add(new Cell(bits, ste));
      }
    }
    record RowRun(Table1Row row, Module net) {}
    // The rows are independent runs: side by side (SideBySide), in the table's order.
    List<RowRun> runs = SideBySide.each(grid.size(), i -> {
      int bits = grid.get(i).bits();
      SteVariant ste = grid.get(i).ste();
      QuantizedRelu q = new QuantizedRelu(bits, QuantizedRelu.defaultAlpha(bits), ste);
      Module m = DeepRuns.model(c.network(), q, shape, classes, modelSeed);
      WeightTransfer.copy(floatNet, m);
      long seed = root.split(2, bits, ste.ordinal()).nextLong();
      RunCurve run = DeepRuns.train(m, Table1Experiment.modelId(c.network(), bits, ste), train, test, phase, seed, log,
          checkpointDir == null ? null : checkpointDir.resolve(Table1Experiment.checkpointName(bits, ste)), false);
      return new RowRun(new Table1Row(bits, ste, q.alpha(), run), m);
    });
    List<Table1Row> rows = new ArrayList<>();
    Map<String, Module> models = new LinkedHashMap<>();
    for (RowRun r : runs) {
      rows.add(r.row());
      if (keepModels) {
        models.put(Table1Experiment.key(r.row().bits(), r.row().ste()), r.net());
      }
    }
    return new Table1Result(c, floatRun, rows, train.size(), test.size());
  }
}
