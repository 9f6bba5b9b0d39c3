package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.lab.sweep.LocalEngine;
import dev.ste4j.lab.sweep.SweepResults;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.kernel.Parallel;
import java.nio.file.Path;
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
 * does not depend on which other rows run: the rows are the cells of a {@link Table1Sweep}, which {@code ste sweep}
 * also runs over several seeds on any engine.
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

  /**
   * Runs the cells of {@link Table1Sweep} for the configuration's seed: the float network first, on every kernel
   * thread (each row starts from it), then the rows side by side on the local engine, in the table's order.
   */
  static Trained train(Table1Config c, TrainTest data, Consumer<String> log, boolean keepModels,
                       Path checkpointDir) {
    Table1Sweep sweep = Table1Sweep.inProcess(c, data, log, checkpointDir, keepModels);
    Table1Sweep.Cell floatCell = Table1Sweep.floatCell(c.seed());
    Table1Sweep.Outcome floatRun = sweep.run(floatCell);
    List<Table1Sweep.Outcome> all = SweepResults.run(sweep, new LocalEngine(Parallel.threads()), Map.of(0, floatRun),
        null);
    int[] sizes = sweep.subsetSizes();
    Table1Result result = sweep.result(c.seed(), all, sizes[0], sizes[1]);
    Map<String, Module> models = new LinkedHashMap<>();
    if (keepModels) {
      for (Table1Sweep.Cell cell : sweep.cells().subList(1, sweep.cells().size())) {
        models.put(key(cell.bits(), cell.ste()), sweep.model(cell));
      }
    }
    return new Trained(result, models);
  }
}
