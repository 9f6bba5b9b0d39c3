package dev.ste4j.nn.train;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.LastBatch;
import dev.ste4j.nn.data.RandomCrop;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.optim.Optimizer;
import dev.ste4j.nn.optim.OptimizerAssignment;
import dev.ste4j.nn.optim.OptimizerConfig;
import dev.ste4j.nn.optim.Optimizers;
import dev.ste4j.nn.schedule.Schedule;
import dev.ste4j.nn.schedule.ScheduleConfig;
import dev.ste4j.nn.schedule.Schedules;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way to build a {@link Trainer}, and the short way to train a model from Java: a {@link TrainingConfig}
 * with the defaults of {@code ste train}, and the parts of a run (hooks, listener, checkpoint file). {@link #fit}
 * trains at once; {@link #trainer()} gives the trainer, e.g. to resume from a checkpoint ({@code ste train} and the
 * lab's deep experiments do).
 *
 * <pre>{@code
 * TrainingResult r = Training.of(model)
 *     .optimizer(OptimizerAssignment.of(ParameterSelector.binaryKernels(), Bop.config(1e-6, 1e-3))
 *         .otherwise(Adam.config(0.001)))
 *     .schedule("cosine").epochs(3).batchSize(100).seed(1).printEpochs(System.out).fit(data.train(), data.test());
 * }</pre>
 *
 * <p>Defaults ({@link TrainingConfig#defaults()}): Adam with lr 0.001 over every parameter, a constant schedule,
 * softmax cross-entropy, 10 epochs, batches of 100, a remainder of one sample left out of each epoch
 * ({@link LastBatch#DROP_SINGLE}: batch norm cannot train on one sample), seed 0, no checkpoint,
 * {@link QuantizedModelHooks} (kernel constraints after each step, so binary latent weights stay in [−c, c]; harmless
 * for a float model), checkpoint metadata naming the optimizer and schedule. The optimizer is built by
 * {@link #trainer()} and the schedule when the number of steps per epoch is known, unless built ones are given.
 */
public final class Training {

  private final Module model;
  private TrainingConfig config = TrainingConfig.defaults();
  private String modelId;
  private Optimizer builtOptimizer;
  private Schedule builtSchedule;
  private ModelHooks hooks = new QuantizedModelHooks();
  private Map<String, String> metadata;
  private int epochs;
  private int batchSize;
  private long seed;
  private LastBatch lastBatch;
  private boolean skipNonFinite;
  private Path checkpointFile;
  private PrintStream progress;
  private TrainingListener listener;

  private Training(Module model) {
    this.model = model;
    this.modelId = "java " + model.getClass().getSimpleName();
    config(config);
  }

  /** Starts the settings of a run that trains {@code model} in place. */
  public static Training of(Module model) {
    if (model == null) {
      throw new IllegalArgumentException("training: the model is null");
    }
    return new Training(model);
  }

  /** The whole configuration at once (the setters below change parts of it). */
  public Training config(TrainingConfig c) {
    TrainingOptions o = c.options();
    this.config = c;
    this.epochs = o.epochs();
    this.batchSize = o.batchSize();
    this.seed = o.seed();
    this.lastBatch = o.lastBatch();
    this.skipNonFinite = o.skipNonFinite();
    return this;
  }

  /** Identifies the model and its configuration in checkpoints (default: "java" and the model's class name). */
  public Training modelId(String id) {
    this.modelId = id;
    return this;
  }

  /** An optimizer built already over this model's parameters, instead of one built from the configuration. */
  public Training optimizer(Optimizer built) {
    this.builtOptimizer = built;
    return this;
  }

  /** A schedule built already, instead of one built from the configuration. */
  public Training schedule(Schedule built) {
    this.builtSchedule = built;
    return this;
  }

  /** What the model needs beyond {@link Module} (default {@link QuantizedModelHooks}). */
  public Training hooks(ModelHooks h) {
    this.hooks = h == null ? ModelHooks.none() : h;
    return this;
  }

  /** Facts stored in every checkpoint instead of the default (the optimizer and schedule, described). */
  public Training metadata(Map<String, String> facts) {
    this.metadata = Map.copyOf(facts);
    return this;
  }

  /** A registered optimizer ({@link Optimizers}: sgd, adam, adamw, bop, mirror_descent) and its settings. */
  public Training optimizer(String name, Map<String, ?> settings) {
    // Read now, so an unknown name or setting fails here, naming the valid ones, rather than at fit time.
    return optimizer(Optimizers.config(name, settings));
  }

  /** One optimizer for every parameter, e.g. {@code Adam.config(0.001)}. */
  public Training optimizer(OptimizerConfig optimizer) {
    return optimizer(OptimizerAssignment.all(optimizer));
  }

  /** An optimizer per group of parameters, e.g. Bop for the binary kernels and Adam for the rest. */
  public Training optimizer(OptimizerAssignment assignment) {
    config = config.withOptimizer(assignment);
    return this;
  }

  /** A registered schedule ({@link Schedules}: constant, multistep, cosine, exponential) with its default settings. */
  public Training schedule(String name) {
    return schedule(name, Map.of());
  }

  /** A registered schedule and its settings, e.g. {@code ("cosine", Map.of("warmup_epochs", 1))}. */
  public Training schedule(String name, Map<String, ?> settings) {
    config = config.withSchedule(ScheduleConfig.of(name, settings));
    return this;
  }

  /**
   * Crops (and possibly flips) every training batch, e.g. {@code new RandomCrop(2, false)} to shift MNIST digits by up
   * to two pixels; the samples must be images [C, H, W]. Default {@link RandomCrop#none()}.
   */
  public Training augmentation(RandomCrop crop) {
    config = config.withAugmentation(crop);
    return this;
  }

  /**
   * Before each evaluation, recomputes every batch norm's running statistics from {@code batches} un-augmented
   * training batches with the current weights (default 0: off); see {@link TrainingConfig#bnRecalibrationBatches()}.
   */
  public Training bnRecalibration(int batches) {
    config = config.withBnRecalibration(batches);
    return this;
  }

  /** The loss to train with (default softmax cross-entropy). */
  public Training loss(LossFunction loss) {
    config = config.withLoss(loss);
    return this;
  }

  /** Passes over the training data (≥ 1). */
  public Training epochs(int epochs) {
    this.epochs = epochs;
    return this;
  }

  /** Samples per optimizer step (≥ 1). */
  public Training batchSize(int batchSize) {
    this.batchSize = batchSize;
    return this;
  }

  /**
   * What an epoch does with a remainder smaller than a batch: {@code KEEP} it as a smaller batch, {@code DROP} it, or
   * {@code DROP_SINGLE} (the default) drop it only when it is one sample. Evaluation always visits every sample.
   */
  public Training lastBatch(LastBatch policy) {
    if (policy == null) {
      throw new IllegalArgumentException("training: the last-batch policy is null");
    }
    this.lastBatch = policy;
    return this;
  }

  /** Seeds the shuffling; the model's initial weights come from its own config's seed. */
  public Training seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** When true, a batch with a non-finite loss or gradient is skipped (no step) instead of stopping the run. */
  public Training skipNonFinite(boolean skip) {
    this.skipNonFinite = skip;
    return this;
  }

  /** Keeps the latest checkpoint in this file (written atomically after each epoch). */
  public Training checkpointTo(Path file) {
    this.checkpointFile = file;
    return this;
  }

  /** Prints one line per epoch: losses, accuracies and seconds. */
  public Training printEpochs(PrintStream out) {
    this.progress = out;
    return this;
  }

  /** Receives every step and epoch as well (after the epoch line, when printing). */
  public Training listener(TrainingListener listener) {
    this.listener = listener;
    return this;
  }

  /** The configuration {@link #fit} trains with (its options checked now). */
  public TrainingConfig config() {
    TrainingOptions o = config.options();
    return config.withOptions(new TrainingOptions(epochs, batchSize, seed, skipNonFinite, o.checkpointEverySteps(),
        o.evalBatchSize(), lastBatch));
  }

  /**
   * The trainer of these settings; builds the optimizer now unless one was given.
   *
   * @throws IllegalArgumentException for impossible settings, naming them (e.g. a parameter claimed twice)
   */
  public Trainer trainer() {
    TrainingConfig c = config();
    Optimizer optimizer = builtOptimizer != null ? builtOptimizer : c.buildOptimizer(model);
    Map<String, String> facts = metadata;
    if (facts == null) {
      facts = new LinkedHashMap<>();
      facts.put("optimizer", optimizer.toString());
      facts.put("schedule", c.schedule().name() + " " + c.schedule().settings());
    }
    TrainingListener all = listener();
    return new Trainer(model, modelId, c, optimizer, builtSchedule, hooks, all, checkpointFile, facts);
  }

  /**
   * Trains the model in place and returns every epoch's figures and the final evaluation.
   *
   * @param test evaluation data after each epoch and at the end, or null for none
   * @throws IllegalArgumentException for impossible settings (naming them) or empty training data
   * @throws DivergenceException on a non-finite loss, gradient or weight
   */
  public TrainingResult fit(Dataset train, Dataset test) {
    return trainer().fit(train, test, null);
  }

  private TrainingListener listener() {
    TrainingListener printer = progress == null ? new TrainingListener() {} : new TrainingListener() {
      @Override
      public void epoch(EpochStats s, List<EpochStats> history) {
        progress.printf("epoch %d/%d: train loss %.4f, accuracy %.2f %%; test loss %.4f, accuracy %.2f %%; %.1f s%n",
            s.epoch(), epochs, s.trainLoss(), 100 * s.trainAccuracy(), s.testLoss(), 100 * s.testAccuracy(),
            s.seconds());
      }
    };
    return listener == null ? printer : printer.then(listener);
  }
}
