package dev.ste4j.nn.train;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.LastBatch;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.optim.Optimizer;
import dev.ste4j.nn.optim.Optimizers;
import dev.ste4j.nn.schedule.Schedule;
import dev.ste4j.nn.schedule.Schedules;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The short way to train a model from Java: a builder over {@link Trainer} with the defaults of {@code ste train}.
 *
 * <pre>{@code
 * TrainingResult r = Training.of(model).optimizer("adam", Map.of("lr", 0.001)).schedule("cosine")
 *     .epochs(3).batchSize(100).seed(1).printEpochs(System.out).fit(data.train(), data.test());
 * }</pre>
 *
 * <p>Defaults: Adam with lr 0.001 over every parameter, a constant schedule, 10 epochs, batches of 100, a remainder of
 * one sample left out of each epoch ({@link LastBatch#DROP_SINGLE}: batch norm cannot train on one sample), seed 0, no
 * checkpoint, {@link QuantizedModelHooks} (kernel constraints after each step, so binary latent weights stay in
 * [−c, c]; harmless for a float model). The optimizer and schedule are built at {@link #fit} time, when the number of
 * steps per epoch is known. The same settings and seed give bitwise the same run as {@link Trainer} itself.
 */
public final class Training {

  private final Module model;
  private String optimizerName = "adam";
  private Map<String, ?> optimizerSettings = Map.of("lr", 1e-3);
  private String scheduleName = "constant";
  private Map<String, ?> scheduleSettings = Map.of();
  private int epochs = 10;
  private int batchSize = 100;
  private LastBatch lastBatch = LastBatch.DEFAULT;
  private long seed;
  private boolean skipNonFinite;
  private Path checkpointFile;
  private PrintStream progress;
  private TrainingListener listener;

  private Training(Module model) {
    this.model = model;
  }

  /** Starts the settings of a run that trains {@code model} in place. */
  public static Training of(Module model) {
    if (model == null) {
      throw new IllegalArgumentException("training: the model is null");
    }
    return new Training(model);
  }

  /** A registered optimizer ({@link Optimizers}: sgd, adam, adamw, bop, mirror_descent) and its settings. */
  public Training optimizer(String name, Map<String, ?> settings) {
    Optimizers.keys(name); // fails now, naming the valid optimizers, rather than at fit time
    this.optimizerName = name;
    this.optimizerSettings = Map.copyOf(settings);
    return this;
  }

  /** A registered schedule ({@link Schedules}: constant, multistep, cosine) with its default settings. */
  public Training schedule(String name) {
    return schedule(name, Map.of());
  }

  /** A registered schedule and its settings, e.g. {@code ("cosine", Map.of("warmup_epochs", 1))}. */
  public Training schedule(String name, Map<String, ?> settings) {
    if (!Schedules.names().contains(name)) {
      throw new IllegalArgumentException("unknown schedule '" + name + "'; valid schedules: "
          + String.join(", ", Schedules.names()));
    }
    this.scheduleName = name;
    this.scheduleSettings = Map.copyOf(settings);
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

  /**
   * Trains the model in place and returns every epoch's figures and the final evaluation.
   *
   * @param test evaluation data after each epoch and at the end, or null for none
   * @throws IllegalArgumentException for impossible settings (naming them) or empty training data
   * @throws DivergenceException on a non-finite loss, gradient or weight
   */
  public TrainingResult fit(Dataset train, Dataset test) {
    TrainingOptions options = TrainingOptions.of(epochs, batchSize, seed).withLastBatch(lastBatch)
        .withSkipNonFinite(skipNonFinite);
    Optimizer optimizer = Optimizers.create(optimizerName, optimizerSettings, model.namedParameters());
    Schedule schedule = Schedules.create(scheduleName, scheduleSettings, options.batchesPerEpoch(train.size()),
        epochs);
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("optimizer", optimizer.toString());
    metadata.put("schedule", scheduleName + " " + scheduleSettings);
    Trainer trainer = new Trainer(model, "java " + model.getClass().getSimpleName(), optimizer, schedule, options,
        new QuantizedModelHooks(), listener(), checkpointFile, metadata);
    return trainer.fit(train, test, null);
  }

  private TrainingListener listener() {
    PrintStream out = progress;
    TrainingListener inner = listener;
    if (out == null) {
      return inner;
    }
    return new TrainingListener() {
      @Override
      public void started(int totalEpochs, int batchesPerEpoch, dev.ste4j.nn.checkpoint.Checkpoint resumedFrom) {
        if (inner != null) {
          inner.started(totalEpochs, batchesPerEpoch, resumedFrom);
        }
      }

      @Override
      public void step(int epoch, int batch, int batchesPerEpoch, long step, double loss, double runningAccuracy) {
        if (inner != null) {
          inner.step(epoch, batch, batchesPerEpoch, step, loss, runningAccuracy);
        }
      }

      @Override
      public void epoch(EpochStats s, List<EpochStats> history) {
        out.printf("epoch %d/%d: train loss %.4f, accuracy %.2f %%; test loss %.4f, accuracy %.2f %%; %.1f s%n",
            s.epoch(), epochs, s.trainLoss(), 100 * s.trainAccuracy(), s.testLoss(), 100 * s.testAccuracy(),
            s.seconds());
        if (inner != null) {
          inner.epoch(s, history);
        }
      }

      @Override
      public void skipped(NonFinite finding) {
        if (inner != null) {
          inner.skipped(finding);
        }
      }

      @Override
      public void checkpointed(Path file, int epoch, int batch, long step) {
        if (inner != null) {
          inner.checkpointed(file, epoch, batch, step);
        }
      }
    };
  }
}
