package dev.ste4j.cli.command.train;

import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.data.DataSourceOptions;
import dev.ste4j.nn.checkpoint.Checkpoint;
import dev.ste4j.nn.checkpoint.CheckpointFormat;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.store.DataStore;
import dev.ste4j.nn.export.ExportedModel;
import dev.ste4j.nn.layer.Layers;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.metric.Accuracy;
import dev.ste4j.nn.metric.ClassificationTally;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.train.Evaluator;
import dev.ste4j.tensor.kernel.Parallel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ste eval FILE --data D} evaluates a model file of {@code ste export} on the raw samples of a split, through
 * the preprocessing the file records. {@code ste eval RUN_DIR}: rebuilds the model of a {@code ste train} run from its run.json, loads the weights of its
 * checkpoint (or of {@code --checkpoint FILE}) and prints the loss and accuracy on the test split (or the training
 * split with {@code --split train}), in evaluation mode.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluate the checkpoint of a training run on a dataset split.")
public final class EvalCommand implements Callable<Integer> {

  @Parameters(paramLabel = "RUN_DIR|FILE", description = "Run folder written by ste train, or a model file written by "
      + "ste export (then --data names the dataset).")
  Path runDir;

  @Option(names = "--checkpoint", paramLabel = "FILE", description = "Checkpoint to load (default RUN_DIR/"
      + TrainCommand.CHECKPOINT + ").")
  Path checkpoint;

  @Option(names = "--data", paramLabel = "NAME", description = "Dataset to evaluate on (default: the run's).")
  String data;

  @Mixin DataSourceOptions source;

  @Option(names = "--split", paramLabel = "SPLIT", description = "test (default) or train.")
  String split = "test";

  @Option(names = "--threads", paramLabel = "N", description = "Kernel threads; results do not depend on it.")
  Integer threads;

  @Option(names = "--latent-weights", description = "Evaluate with the latent float kernels instead of their "
      + "quantized values.")
  boolean latent;

  @Spec CommandSpec spec;

  @Override
  @SuppressWarnings("unchecked")
  public Integer call() throws IOException {
    if (!split.equals("test") && !split.equals("train")) {
      throw new UserError("--split must be test or train, got '" + split + "'");
    }
    if (Files.isRegularFile(runDir)) {
      return evaluateExported();
    }
    Path runJson = runDir.resolve("run.json");
    if (!Files.isRegularFile(runJson)) {
      throw new UserError(runDir + ": no run.json there; is it a run folder of ste train?");
    }
    Map<String, Object> info = TrainCommand.readJson(runJson);
    if (!"train".equals(info.get("command")) || !(info.get("config") instanceof Map<?, ?> cfg)) {
      throw new UserError(runJson + " is not that of a ste train run");
    }
    Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) cfg);
    if (data != null) {
      values.put("data", data);
    }
    if (source.given() != null) {
      values.put("data_dir", source.given().toString());
    }
    if (threads != null) {
      values.put("threads", threads);
    }
    TrainConfig c = TrainConfig.fromMap(runJson.toString(), values);
    Path file = checkpoint != null ? checkpoint : runDir.resolve(TrainCommand.CHECKPOINT);
    Checkpoint saved = CheckpointFormat.read(file);
    Parallel.setThreads(c.threads());
    TrainTest tt = TrainingSetup.data(c, store(c)).data();
    ModelConfig mc = TrainingSetup.modelConfig(c, tt.train().numClasses());
    Module model = TrainingSetup.model(c, mc);
    saved.restoreInto(TrainingSetup.modelId(c, mc), model, null);
    if (latent) {
      Layers.useLatentWeights(model, true);
    }
    Dataset d = TrainingSetup.fit(split.equals("test") ? tt.test() : tt.train(), c.model(), mc);
    long t0 = System.nanoTime();
    ClassificationTally tally = Evaluator.evaluate(model, d, c.evalBatch());
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s %s (%d samples), checkpoint at epoch %d step %d%s: loss %.4f, accuracy %.2f%% "
            + "(%.1f s)%n", c.data(), split, d.size(), saved.epoch(), saved.step(), latent ? ", latent weights" : "",
        tally.meanLoss(), 100 * tally.accuracy(), (System.nanoTime() - t0) / 1e9);
    out.flush();
    return 0;
  }

  /**
   * The raw samples of a dataset's split as an exported model of {@code model} takes them (through the preprocessing
   * its file records): {@code ste eval FILE} and {@code ste zoo add} measure exported files on this.
   *
   * @param dataDir the dataset's folder, or null for the data store's
   * @param threads kernel threads to set, or null to keep the current setting
   * @param split test or train
   * @param noFetch true to use only what is on disk
   * @param err where fetching reports progress
   */
  public static Dataset rawSplit(String model, String data, Path dataDir, Integer threads, String split,
                                 boolean noFetch, PrintWriter err) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("model", model);
    values.put("data", data);
    if (dataDir != null) {
      values.put("data_dir", dataDir.toString());
    }
    if (threads != null) {
      values.put("threads", threads);
    }
    TrainConfig c = TrainConfig.fromMap("ste eval", values);
    Parallel.setThreads(c.threads());
    TrainTest raw = TrainingSetup.raw(c, TrainingSetup.store(c, noFetch, err));
    return split.equals("test") ? raw.test() : raw.train();
  }

  /** The data folder of the config, fetching a missing dataset unless --no-fetch. */
  private DataStore store(TrainConfig c) {
    return TrainingSetup.store(c, source.noFetch(), spec.commandLine().getErr());
  }

  /** An exported model on the raw samples of a split, through the preprocessing its file records. */
  private int evaluateExported() {
    if (data == null) {
      throw new UserError(runDir + " is a model file: name the dataset to evaluate it on with --data NAME");
    }
    if (checkpoint != null || latent) {
      throw new UserError(runDir + " is a model file: --checkpoint and --latent-weights apply to run folders only");
    }
    ExportedModel model = ExportedModel.load(runDir);
    Dataset d = rawSplit(model.name(), data, source.given(), threads, split, source.noFetch(),
        spec.commandLine().getErr());
    int[] predicted = model.predictRaw(d);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s %s (%d samples), exported model %s (%s): accuracy %.2f%%%n", data, split, d.size(),
        runDir, model.preprocessing().isIdentity() ? "no input preprocessing" : "its input preprocessing",
        100 * Accuracy.of(predicted, d.labels()));
    out.flush();
    return 0;
  }
}
