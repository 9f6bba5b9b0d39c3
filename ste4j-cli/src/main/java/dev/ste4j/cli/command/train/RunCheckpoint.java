package dev.ste4j.cli.command.train;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.UserError;
import dev.ste4j.nn.checkpoint.Checkpoint;
import dev.ste4j.nn.checkpoint.CheckpointFormat;
import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.nn.data.store.Datasets;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.model.ModelConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A checkpoint of {@code ste train} read back with what it was trained as: the run's configuration (kept in the
 * checkpoint's metadata), the model's configuration rebuilt from it exactly as {@code ste train} built it, and the
 * preprocessing of the run's data. {@code ste export} and {@code ste summary} take the model from here instead of
 * asking for its options again.
 *
 * @param file the checkpoint file
 * @param config the run's configuration
 * @param modelConfig the model's configuration (classes and input shape from the run's dataset)
 * @param checkpoint the checkpoint itself
 */
public record RunCheckpoint(Path file, TrainConfig config, ModelConfig modelConfig, Checkpoint checkpoint) {

  /** Metadata key of the run's {@link Preprocessing#format}. */
  static final String PREPROCESSING = "preprocessing";
  private static final String CONFIG = "config";

  /** Reads a checkpoint file, or the checkpoint of a run folder. */
  @SuppressWarnings("unchecked")
  public static RunCheckpoint read(Path runOrFile) {
    Path file = Files.isDirectory(runOrFile) ? runOrFile.resolve(TrainCommand.CHECKPOINT) : runOrFile;
    if (!Files.isRegularFile(file)) {
      throw new UserError("--checkpoint " + runOrFile + ": no such file"
          + (Files.isDirectory(runOrFile) ? " (" + file + ")" : ""));
    }
    Checkpoint ckpt = CheckpointFormat.read(file);
    String json = ckpt.metadata().get(CONFIG);
    if (json == null) {
      throw new UserError(file + ": holds no run configuration; is it a checkpoint of ste train?");
    }
    Map<String, Object> values;
    try {
      values = new ObjectMapper().readValue(json, Map.class);
    } catch (JacksonException e) {
      throw new UserError(file + ": its run configuration is not valid JSON" + TrainConfig.syntaxError(e), e);
    }
    TrainConfig config = TrainConfig.fromMap(file + " (configuration)", values);
    ModelConfig mc = TrainingSetup.modelConfig(config, Datasets.get(config.data()).numClasses());
    return new RunCheckpoint(file, config, mc, ckpt);
  }

  /** The model name, e.g. {@code bnn-mlp}. */
  public String model() {
    return config.model();
  }

  /** The model built as the run built it, with the checkpoint's weights. */
  public Module restore() {
    Module m = TrainingSetup.model(config, modelConfig);
    // The checkpoint names the model and its configuration; restoreInto refuses another one, naming both.
    checkpoint.restoreInto(TrainingSetup.modelId(config, modelConfig), m, null);
    return m;
  }

  /**
   * The preprocessing the run applied to raw samples: recorded in the checkpoint by ste train; for a checkpoint written
   * before that was recorded, measured again on the run's dataset, the same way.
   */
  public Preprocessing preprocessing() {
    return recorded().orElseGet(() -> TrainingSetup.data(config,
        TrainingSetup.store(config, false, new PrintWriter(System.err, true))).preprocessing());
  }

  /** The preprocessing ste train recorded in the checkpoint, if it did. */
  public Optional<Preprocessing> recorded() {
    String text = checkpoint.metadata().get(PREPROCESSING);
    try {
      return text == null ? Optional.empty() : Optional.of(Preprocessing.parse(text));
    } catch (IllegalArgumentException e) {
      throw new UserError(file + ": " + e.getMessage(), e);
    }
  }
}
