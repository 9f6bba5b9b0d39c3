package dev.ste4j.lab.yin2019.deep;

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

/**
 * Yin et al.'s Table 1: pre-train the float network (ReLU activations behind BatchNorm without affine), then for each
 * activation bit width b and STE start the quantized network from the float weights and train it with SGD
 * (momentum) and the step schedule; report the final training loss and the test accuracy.
 *
 * <p>Seeds, all split from the config's root seed: the initial weights (shared by every network: the quantized ones
 * are overwritten by the float weights) from key 0, the float training's shuffling from key 1, the shuffling of the
 * (b, STE) run from keys (2, b, STE ordinal), the training and test subsets from keys (3, 0) and (3, 1). So a row
 * does not depend on which other rows run.
 */
public final class Table1Experiment {

  private Table1Experiment() {}

  /** The result and, when asked for, the trained quantized networks by {@link #key}. */
  record Trained(Table1Result result, Map<String, Module> models) {}

  /**
   * Runs the grid on already normalized data (see {@link DeepData}); one progress line per epoch goes to {@code log}.
   * The data's sample shape sets the network's input shape.
   */
  public static Table1Result run(Table1Config c, TrainTest data, Consumer<String> log) {
    return train(c, data, log, false, null).result();
  }

  /**
   * As {@link #run(Table1Config, TrainTest, Consumer)}, also keeping each network's final state in
   * {@code checkpointDir}: {@code table1-float.ckpt} and {@link #checkpointName} per row (weights, BatchNorm
   * statistics, optimizer state; model id {@link #modelId}), written atomically after every epoch.
   */
  public static Table1Result run(Table1Config c, TrainTest data, Consumer<String> log, Path checkpointDir) {
    return train(c, data, log, false, checkpointDir).result();
  }

  /** The checkpoint file of the (bits, STE) run, e.g. {@code table1-4bit-relu.ckpt}. */
  public static String checkpointName(int bits, SteVariant ste) {
    return "table1-" + bits + "bit-" + ste.key() + ".ckpt";
  }

  /** The model id in the checkpoint of the (bits, STE) run of a network. */
  public static String modelId(DeepNetwork network, int bits, SteVariant ste) {
    return "yin2019 " + network.key() + " " + key(bits, ste);
  }

  /** The key of a trained network in {@link Trained#models}. */
  static String key(int bits, SteVariant ste) {
    return bits + "-bit " + ste.key();
  }

  static Trained train(Table1Config c, TrainTest data, Consumer<String> log, boolean keepModels,
                       Path checkpointDir) {
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
      RunCurve run = DeepRuns.train(m, modelId(c.network(), bits, ste), train, test, phase, seed, log,
          checkpointDir == null ? null : checkpointDir.resolve(checkpointName(bits, ste)), false);
      return new RowRun(new Table1Row(bits, ste, q.alpha(), run), m);
    });
    List<Table1Row> rows = new ArrayList<>();
    Map<String, Module> models = new LinkedHashMap<>();
    for (RowRun r : runs) {
      rows.add(r.row());
      if (keepModels) {
        models.put(key(r.row().bits(), r.row().ste()), r.net());
      }
    }
    return new Trained(new Table1Result(c, floatRun, rows, train.size(), test.size()), models);
  }
}
