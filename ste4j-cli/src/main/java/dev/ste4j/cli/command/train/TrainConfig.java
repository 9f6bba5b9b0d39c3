package dev.ste4j.cli.command.train;

import com.fasterxml.jackson.core.JacksonException;
import dev.ste4j.cli.TextFiles;
import dev.ste4j.cli.report.JsonErrors;
import dev.ste4j.cli.UserError;
import dev.ste4j.nn.config.Settings;
import dev.ste4j.nn.data.LastBatch;
import dev.ste4j.nn.data.RandomCrop;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.optim.OptimizerAssignment;
import dev.ste4j.nn.optim.OptimizerConfig;
import dev.ste4j.nn.optim.Optimizers;
import dev.ste4j.nn.schedule.ScheduleConfig;
import dev.ste4j.nn.train.TrainingConfig;
import dev.ste4j.nn.train.TrainingOptions;
import dev.ste4j.tensor.kernel.Parallel;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The complete configuration of a training run: what a YAML file gives, overridden by command-line options, with
 * defaults for the rest, read once into typed values — the library's {@link TrainingConfig} (options, optimizer
 * assignment, schedule) and what only the CLI needs (model and dataset names, folders, threads). Its {@link #toMap()}
 * goes into run.json and the checkpoint, every optimizer setting written out, and {@code --resume} rebuilds the run
 * from it.
 *
 * <pre>
 * model: bnn-mlp                 # a name of Models (required)
 * model_options:                 # ModelConfig keys: input_quantizer, kernel_quantizer, kernel_clip, width, bits, …
 *   kernel_quantizer: ste_sign
 * data: mnist                    # a dataset name (required)
 * data_dir: /path/to/files       # optional folder with the dataset's standard files
 * epochs: 10
 * batch: 100
 * seed: 0
 * threads: 2                     # does not change results
 * optimizer: {name: adam, lr: 0.001}     # or a name, or {groups: [{match: {precision: 1}, name: bop}, …]};
 *                                        # a last group may have match: rest (what the others leave)
 * schedule: {name: cosine, warmup_epochs: 1}
 * augment: {padding: 2, flip: false}     # random crop of each training batch (image samples); default none
 * bn_recalibration: 0            # batches; above 0, batch-norm statistics recomputed with final weights before
 *                                # each evaluation (precise BN); 0 = the running statistics of the steps
 * skip_nonfinite: false
 * checkpoint_every: 0            # steps; 0 = at epoch ends only
 * eval_batch: 1000
 * last_batch: drop_single        # keep, drop or drop_single: what an epoch does with a remainder under a batch
 * </pre>
 */
public record TrainConfig(String model, Map<String, String> modelOptions, String data, String dataDir, int threads,
                          TrainingConfig training) {

  /** Keys a config file may hold. */
  public static final List<String> KEYS = List.of("model", "model_options", "data", "data_dir", "epochs", "batch",
      "seed", "threads", "optimizer", "lr", "schedule", "augment", "bn_recalibration",
      "skip_nonfinite", "checkpoint_every",
      "eval_batch", "last_batch");

  /**
   * Reads a YAML config file into a map; a malformed file fails naming it: also a folder, a file that is not UTF-8, a
   * key given twice and a non-finite number ({@link ConfigYaml}).
   */
  public static Map<String, Object> readYaml(Path file) {
    try {
      String text = TextFiles.readUtf8(file, "config " + file, "a config file");
      Object root = ConfigYaml.read(text, "config " + file);
      if (root == null) {
        return new LinkedHashMap<>();
      }
      if (!(root instanceof Map<?, ?> m)) {
        throw new UserError("config " + file + ": the top level must be a map of keys (model, data, epochs, …)");
      }
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), v));
      return out;
    } catch (NoSuchFileException e) {
      throw new UserError("config " + file + ": no such file");
    } catch (JacksonException e) {
      throw new UserError("config " + file + ": not valid YAML" + syntaxError(e));
    } catch (IOException e) {
      throw new UserError("config " + file + ": cannot be read: " + e.getMessage());
    }
  }

  /** The parser's complaint on one line, in plain words: where it is (line and column) and what is wrong there. */
  static String syntaxError(JacksonException e) {
    String duplicate = duplicateKey(e);
    return duplicate != null ? duplicate : JsonErrors.describe(e);
  }

  /** ": key "a" given twice (line L)" for Jackson's duplicate-key error, else null. */
  private static String duplicateKey(JacksonException e) {
    String m = e.getOriginalMessage();
    if (m == null || !m.startsWith("Duplicate field '")) {
      return null;
    }
    String key = m.substring("Duplicate field '".length(), Math.max(m.lastIndexOf('\''), "Duplicate field '".length()));
    var where = e.getLocation();
    key = key.length() <= 60 ? key : key.substring(0, 60) + "…";
    return ": key " + new com.fasterxml.jackson.databind.node.TextNode(key) + " given twice"
        + (where != null && where.getLineNr() > 0 ? " (line " + where.getLineNr() + ")" : "")
        + "; each key may appear once in a map";
  }

  /**
   * Builds a config from a map (file values with command-line overrides already merged in). {@code lr}, when given,
   * sets the learning rate of every optimizer rule whose optimizer has one.
   *
   * @param where names the source in messages (e.g. the file)
   */
  public static TrainConfig fromMap(String where, Map<String, Object> values) {
    try {
      return parse(where, values);
    } catch (IllegalArgumentException e) {
      // Settings name the key; the source is already their owner.
      throw new UserError(e.getMessage().startsWith(where) ? e.getMessage() : where + ": " + e.getMessage(), e);
    }
  }

  private static TrainConfig parse(String where, Map<String, Object> values) {
    Settings s = new Settings(where, values, KEYS);
    String model = s.getString("model", null);
    String data = s.getString("data", null);
    if (model == null) {
      throw new UserError(where + ": no model given (--model NAME or 'model:' in the config)");
    }
    if (data == null) {
      throw new UserError(where + ": no dataset given (--data NAME or 'data:' in the config)");
    }
    Map<String, String> modelOptions = new LinkedHashMap<>();
    s.getMap("model_options").forEach((k, v) -> modelOptions.put(k, String.valueOf(v)));
    OptimizerAssignment optimizer = Optimizers.assignment(s.has("optimizer") ? s.asMap().get("optimizer") : "adam");
    if (s.has("lr")) {
      optimizer = withLearningRate(optimizer, s.getDouble("lr", 0, Double.MIN_VALUE));
    }
    ScheduleConfig schedule = ScheduleConfig.parse(s.has("schedule") ? s.asMap().get("schedule") : "constant");
    TrainingOptions options = new TrainingOptions(s.getInt("epochs", 10, 1), s.getInt("batch", 100, 1),
        s.getLong("seed", 0), s.getBoolean("skip_nonfinite", false), s.getInt("checkpoint_every", 0, 0),
        s.getInt("eval_batch", 1000, 1), lastBatch(where, s.getString("last_batch", LastBatch.DEFAULT.key())));
    TrainConfig c = new TrainConfig(model, modelOptions, data, s.getString("data_dir", null),
        s.getInt("threads", Parallel.threads(), 1), TrainingConfig.of(options).withOptimizer(optimizer)
        .withSchedule(schedule).withAugmentation(augmentation(where, s))
        .withBnRecalibration(s.getInt("bn_recalibration", 0, 0)));
    // Check the model options and the schedule's settings now, before any data is loaded, naming the source.
    ModelConfig.fromMap(ModelConfig.defaults(), c.modelOptions());
    schedule.build(1, c.options().epochs());
    return c;
  }

  /** The {@code augment} section: absent or {@code none}, or a map of padding (pixels, ≥ 0) and flip. */
  private static RandomCrop augmentation(String where, Settings s) {
    if (!s.has("augment") || "none".equals(s.asMap().get("augment"))) {
      return RandomCrop.none();
    }
    if (!(s.asMap().get("augment") instanceof Map<?, ?>)) {
      throw new UserError(where + ": augment must be none or a map like {padding: 2, flip: false}, got "
          + s.asMap().get("augment"));
    }
    Settings a = new Settings(where + ": augment", s.getMap("augment"), List.of("padding", "flip"));
    return new RandomCrop(a.getInt("padding", 0, 0), a.getBoolean("flip", false));
  }

  private static LastBatch lastBatch(String where, String key) {
    try {
      return LastBatch.of(key);
    } catch (IllegalArgumentException e) {
      throw new UserError(where + ": last_batch: " + e.getMessage());
    }
  }

  /** {@code lr} for every rule whose optimizer has one; a single optimizer without one is an error. */
  private static OptimizerAssignment withLearningRate(OptimizerAssignment optimizer, double lr) {
    OptimizerConfig only = optimizer.rules().get(0).optimizer();
    if (optimizer.rules().size() == 1 && !only.hasLearningRate()) {
      throw new UserError("--lr: optimizer " + only.name() + " has no learning rate (its settings: "
          + String.join(", ", only.settings().keySet()) + ")");
    }
    return optimizer.withLearningRate(lr);
  }

  /** The loop's options: epochs, batch size, seed, … */
  public TrainingOptions options() {
    return training.options();
  }

  // Shorthands for the commands, named as the config file's keys.
  public int epochs() {
    return options().epochs();
  }

  public int batch() {
    return options().batchSize();
  }

  public long seed() {
    return options().seed();
  }

  public boolean skipNonFinite() {
    return options().skipNonFinite();
  }

  public int evalBatch() {
    return options().evalBatchSize();
  }

  /** The configuration as a map of the config file's keys (for run.json and {@code --resume}). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("model", model);
    m.put("model_options", new LinkedHashMap<>(modelOptions));
    m.put("data", data);
    if (dataDir != null) {
      m.put("data_dir", dataDir);
    }
    m.put("epochs", options().epochs());
    m.put("batch", options().batchSize());
    m.put("seed", options().seed());
    m.put("threads", threads);
    m.put("optimizer", Optimizers.section(training.optimizer()));
    m.put("schedule", training.schedule().section());
    RandomCrop crop = training.augmentation();
    if (!crop.isIdentity()) {
      // Written only when set, so run folders made before augmentation existed keep their run.json.
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("padding", crop.padding());
      a.put("flip", crop.flip());
      m.put("augment", a);
    }
    if (training.bnRecalibrationBatches() > 0) {
      // Written only when set, like augment.
      m.put("bn_recalibration", training.bnRecalibrationBatches());
    }
    m.put("skip_nonfinite", options().skipNonFinite());
    m.put("checkpoint_every", options().checkpointEverySteps());
    m.put("eval_batch", options().evalBatchSize());
    m.put("last_batch", options().lastBatch().key());
    return m;
  }

  /** The same configuration skipping (or not) batches with non-finite values (for resuming a diverged run). */
  public TrainConfig withSkipNonFinite(boolean skip) {
    return new TrainConfig(model, modelOptions, data, dataDir, threads,
        training.withOptions(training.options().withSkipNonFinite(skip)));
  }

  /** The same configuration with another thread count (a setting a resumed run may change; results stay the same). */
  public TrainConfig withThreads(int t) {
    return new TrainConfig(model, modelOptions, data, dataDir, t, training);
  }
}
