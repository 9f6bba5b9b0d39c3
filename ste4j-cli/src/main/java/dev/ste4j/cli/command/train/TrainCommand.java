package dev.ste4j.cli.command.train;

// Over 300 lines on purpose: ste train's options (about a third of the file) and its two entry points, a fresh run and
// a resume, which must treat the run folder, lock and checkpoint the same way; the preparation is in PreparedRun.

import dev.ste4j.cli.OutOfMemory;
import dev.ste4j.cli.Plural;
import dev.ste4j.cli.UserError;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.run.RunLifecycle;
import dev.ste4j.cli.run.RunOutcome;
import dev.ste4j.nn.checkpoint.Checkpoint;
import dev.ste4j.nn.checkpoint.CheckpointFormat;
import dev.ste4j.nn.data.LastBatch;
import dev.ste4j.nn.layer.Layers;
import dev.ste4j.nn.optim.Optimizers;
import dev.ste4j.nn.train.DivergenceException;
import dev.ste4j.nn.train.Trainer;
import dev.ste4j.nn.train.TrainingResult;
import dev.ste4j.tensor.kernel.Parallel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import dev.ste4j.cli.command.data.DataSourceOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ste train}: trains a named model on a named dataset and writes a run folder — run.json, metrics.csv/json
 * (one row per epoch), learning curves, report.html and checkpoint.ckpt (the latest, written atomically after every
 * epoch and every {@code --checkpoint-every} steps). {@code --resume RUN_DIR} continues a stopped run in its folder
 * from its checkpoint, with the configuration recorded in its run.json, and ends bitwise equal to an uninterrupted
 * run; run.json records each interruption under {@code resumes}.
 *
 * <p>Exit codes: 0 on success; 2 for bad input (unknown names or keys, a missing dataset, an unusable checkpoint);
 * 3 when training diverges (the message names the step and layer; the last good checkpoint is kept) or ends without
 * meaning ({@link RunVerdict}: most of an epoch's batches skipped, or a non-finite test loss; run.json says failed).
 * The folder is locked ({@link RunLock}) while a process trains in it; a finished run cannot be resumed.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a model on a dataset; writes a run folder with metrics, learning curves, report and "
        + "checkpoints.")
public final class TrainCommand implements Callable<Integer> {

  /** Exit code of a run stopped by non-finite values. */
  public static final int DIVERGED = 3;
  static final String CHECKPOINT = "checkpoint.ckpt";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--model", paramLabel = "NAME", description = "mlp, lenet5, vgg11, resnet20, bnn-mlp, bnn-vgg-small, bnn-cnn")
  String model;

  @Option(names = "--data", paramLabel = "NAME", description = "mnist, fashion-mnist, digits, cifar10")
  String data;

  @Mixin DataSourceOptions source;

  @Option(names = "--config", paramLabel = "FILE.yaml", description = "YAML configuration; options given here win.")
  Path config;

  @Option(names = "--epochs", paramLabel = "N", description = "Passes over the training data (default 10).")
  Integer epochs;

  @Option(names = "--batch", paramLabel = "N", description = "Mini-batch size (default 100).")
  Integer batch;

  @Option(names = "--lr", paramLabel = "RATE", description = "Learning rate of the optimizer(s) that have one.")
  Double lr;

  @Option(names = "--optimizer", paramLabel = "NAME", description = "sgd, adam, adamw, bop, mirror_descent (default adam).")
  String optimizer;

  @Option(names = "--schedule", paramLabel = "NAME", description = "constant, multistep, cosine, exponential (default constant).")
  String schedule;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the initial weights and the shuffling (default 0).")
  Long seed;

  @Option(names = "--threads", paramLabel = "N", description = "Kernel threads; results do not depend on it.")
  Integer threads;

  @Option(names = "--model-option", paramLabel = "KEY=VALUE",
      description = "A model option (input_quantizer, kernel_quantizer, kernel_clip, width, bits, ste, …); repeatable.")
  Map<String, String> modelOptions;

  @Option(names = "--skip-nonfinite", description = "Skip a batch with a non-finite loss or gradient instead of "
      + "stopping.")
  Boolean skipNonFinite;

  @Option(names = "--last-batch", paramLabel = "POLICY", description = "What an epoch does with a remainder smaller "
      + "than a batch: keep, drop, or drop_single (default: drop a remainder of one sample, which batch norm cannot "
      + "train on). Evaluation keeps every sample.")
  String lastBatch;

  @Option(names = "--checkpoint-every", paramLabel = "STEPS", description = "Also checkpoint every STEPS steps.")
  Integer checkpointEvery;

  @Option(names = "--out", paramLabel = "DIR", description = "Parent folder of the run folder (default runs).")
  Path out;

  @Option(names = "--resume", paramLabel = "RUN_DIR", description = "Continue the stopped run in RUN_DIR from its "
      + "checkpoint (only --threads and --skip-nonfinite may be given with it).")
  Path resume;

  @Option(names = "--quiet", description = "No progress line.")
  boolean quiet;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    // The run sets the kernel threads from its configuration; the scope puts back the count from before.
    try (Parallel.Scope threadsBefore = Parallel.withThreads(Parallel.threads())) {
      return resume != null ? resumeRun() : freshRun();
    }
  }

  /** The options given that set the training configuration, by its keys (the YAML file's), in one fixed order. */
  private Map<String, Object> given() {
    Map<String, Object> values = new LinkedHashMap<>();
    put(values, "model", model);
    put(values, "data", data);
    put(values, "data_dir", source.given() == null ? null : source.given().toString());
    put(values, "epochs", epochs);
    put(values, "batch", batch);
    put(values, "seed", seed);
    put(values, "threads", threads);
    put(values, "skip_nonfinite", skipNonFinite);
    put(values, "checkpoint_every", checkpointEvery);
    put(values, "last_batch", lastBatch);
    put(values, "optimizer", optimizer);
    put(values, "schedule", schedule);
    put(values, "lr", lr);
    put(values, "model_options", modelOptions);
    return values;
  }

  private Integer freshRun() throws Exception {
    Map<String, Object> values = config != null ? TrainConfig.readYaml(config) : new LinkedHashMap<>();
    if (optimizer != null) {
      Optimizers.keys(optimizer);
    }
    given().forEach((key, value) -> values.put(key, key.equals("model_options") ? withFile(values.get(key)) : value));
    TrainConfig c = TrainConfig.fromMap(config != null ? "config " + config : "ste train", values);
    PreparedRun p = PreparedRun.of(c, source.noFetch(), spec.commandLine().getErr());
    RunFolder run = RunFolder.create(out != null ? out : RunFolder.DEFAULT_ROOT, "train", c.toMap(), c.seed());
    try (RunLock lock = RunLock.acquire(run.dir())) {
      return execute(c, p, run, null);
    }
  }

  /** --model-option values over those of the YAML file's {@code model_options}, if it has any. */
  private Map<String, Object> withFile(Object fromFile) {
    Map<String, Object> mo = new LinkedHashMap<>();
    if (fromFile instanceof Map<?, ?> m) {
      m.forEach((k, v) -> mo.put(String.valueOf(k), v));
    }
    mo.putAll(modelOptions);
    return mo;
  }

  private Integer resumeRun() throws Exception {
    Set<String> changed = new HashSet<>(given().keySet());
    changed.removeAll(Set.of("threads", "skip_nonfinite"));
    if (!changed.isEmpty() || config != null || out != null) {
      throw new UserError("--resume continues a run with the configuration in its run.json; only --threads and"
          + " --skip-nonfinite may be given with it");
    }
    Path runJson = resume.resolve("run.json");
    Path ckpt = resume.resolve(CHECKPOINT);
    if (!Files.isRegularFile(runJson)) {
      throw new UserError("--resume " + resume + ": no run.json there; is it a run folder of ste train?");
    }
    if (!Files.isRegularFile(ckpt)) {
      throw new UserError("--resume " + resume + ": no " + CHECKPOINT + " there; the run stopped before its first"
          + " checkpoint, so start it again");
    }
    Map<String, Object> info = readJson(runJson);
    if (!"train".equals(info.get("command")) || !(info.get("config") instanceof Map<?, ?> cfg)) {
      throw new UserError("--resume " + resume + ": run.json is not that of a ste train run");
    }
    if ("succeeded".equals(info.get("status"))) {
      throw new UserError("--resume " + resume + ": the run has finished (status succeeded); nothing to resume");
    }
    // Held from here to the end: a second ste process resuming the same folder stops here, before writing anything.
    try (RunLock lock = RunLock.acquire(resume)) {
      return resumeLocked(runJson, ckpt, cfg);
    }
  }

  private Integer resumeLocked(Path runJson, Path ckpt, Map<?, ?> cfg) throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> recorded = new LinkedHashMap<>((Map<String, Object>) cfg);
    // Runs recorded before last_batch existed kept every remainder; resuming them must visit the same batches.
    recorded.putIfAbsent("last_batch", LastBatch.KEEP.key());
    TrainConfig c = TrainConfig.fromMap(runJson.toString(), recorded);
    if (threads != null) {
      c = c.withThreads(threads);
    }
    if (skipNonFinite != null) {
      c = c.withSkipNonFinite(skipNonFinite);
    }
    Checkpoint saved = CheckpointFormat.read(ckpt);
    if (saved.epoch() >= c.epochs()) {
      throw new UserError("--resume " + resume + ": the run has done all its " + c.epochs() + " epochs; nothing to"
          + " resume");
    }
    PreparedRun p = PreparedRun.of(c, source.noFetch(), spec.commandLine().getErr());
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("from_epoch", saved.epoch());
    note.put("from_batch", saved.batch());
    note.put("from_step", saved.step());
    // The checkpoint's time is the last sign of life of the interrupted process: it stopped after this.
    note.put("checkpoint_written", Files.getLastModifiedTime(ckpt).toInstant().toString());
    note.put("threads", c.threads());
    note.put("skip_nonfinite", c.skipNonFinite());
    RunFolder run = RunFolder.resume(resume, note);
    return execute(c, p, run, saved);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> readJson(Path file) {
    try {
      return JSON.readValue(file.toFile(), Map.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new UserError(file + ": not valid JSON" + TrainConfig.syntaxError(e), e);
    } catch (IOException e) {
      throw new UserError(file + ": cannot be read: " + e.getMessage(), e);
    }
  }


  private static void put(Map<String, Object> values, String key, Object value) {
    if (value != null) {
      values.put(key, value);
    }
  }

  /** Trains in {@code folder} under the one run lifecycle ({@link RunLifecycle}). */
  private Integer execute(TrainConfig c, PreparedRun p, RunFolder folder, Checkpoint saved) throws Exception {
    return RunLifecycle.run(folder, spec.commandLine().getOut(), run -> train(c, p, run, saved));
  }

  private RunOutcome train(TrainConfig c, PreparedRun p, RunFolder run, Checkpoint saved) throws IOException {
    PrintWriter stderr = spec.commandLine().getErr();
    for (String w : Layers.warnings(p.model())) {
      stderr.println("ste: warning: " + w);
    }
    stderr.println("ste train: " + c.model() + " on " + c.data() + " (" + p.data().train().size() + " train / "
        + p.data().test().size() + " test), " + Plural.of(c.epochs(), "epoch") + " of " + Plural.of(p.batches(),
        "batch") + ", optimizer " + p.optimizer() + ", " + Plural.of(c.threads(), "thread") + "; run folder "
        + run.dir());
    stderr.flush();
    RunListener listener = new RunListener(run, stderr, quiet, (long) c.epochs() * p.batches());
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("config", JSON.writeValueAsString(c.toMap()));
    // ste export reads it back, so the exported model takes raw samples as this run's data was prepared.
    meta.put(RunCheckpoint.PREPROCESSING, p.preprocessing().format());
    Trainer trainer = p.trainer(c, listener, run.dir().resolve(CHECKPOINT), meta);
    TrainingResult result;
    try {
      result = trainer.fit(p.data().train(), p.data().test(), saved);
    } catch (DivergenceException e) {
      listener.close();
      // The library's message advises Java calls; here the same advice is in options.
      String message = "training diverged at " + e.finding().describe() + "; the last good checkpoint is kept"
          + " (start again with a lower --lr, or continue with 'ste train --resume " + run.dir()
          + " --skip-nonfinite' to skip such batches)";
      TrainReport.write(run, listener.history(), null, message);
      run.fail(message);
      throw new UserError(message, DIVERGED, e);
    } catch (RuntimeException e) {
      listener.close();
      TrainReport.write(run, listener.history(), null, e.getMessage());
      throw e;
    } catch (OutOfMemoryError e) {
      // The work's garbage is unreachable once the stack has unwound to here, so the run folder can still be closed.
      listener.close();
      String message = OutOfMemory.message("training " + c.model()
          + (c.modelOptions().isEmpty() ? "" : " " + c.modelOptions()) + " on " + c.data() + " with batches of "
          + c.batch());
      try {
        run.fail(message);
      } catch (IOException | OutOfMemoryError notRecorded) {
        // Best effort: the files written before stay as they were, and the line below is what the user needs.
      }
      throw new UserError(message + "; run folder " + run.dir(), OutOfMemory.EXIT, e);
    }
    listener.close();
    Optional<String> failure = RunVerdict.failure(result.history(), p.batches(), result.testLoss());
    if (failure.isPresent()) {
      TrainReport.write(run, result.history(), result, failure.get());
      run.fail(failure.get());
      throw new UserError("run failed: " + failure.get() + "; run folder " + run.dir(), DIVERGED, null);
    }
    TrainReport.write(run, result.history(), result, null);
    String summary = String.format(Locale.ROOT, "test loss %.4f, test accuracy %.2f%% after %s (%s)",
        result.testLoss(), 100 * result.testAccuracy(), Plural.of(c.epochs(), "epoch"), Plural.of(result.steps(),
        "step"));
    return new RunOutcome(null, 0, report -> List.of(summary, "report: " + report));
  }
}
