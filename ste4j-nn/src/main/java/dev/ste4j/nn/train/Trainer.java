package dev.ste4j.nn.train;

import dev.ste4j.nn.checkpoint.Checkpoint;
import dev.ste4j.nn.checkpoint.CheckpointFormat;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.LastBatch;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.nn.metric.ClassificationTally;
import dev.ste4j.nn.metric.Saturation;
import dev.ste4j.nn.optim.Optimizer;
import dev.ste4j.nn.schedule.Schedule;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a classifier with the loss of its {@link TrainingConfig} (softmax cross-entropy by default). Built by
 * {@link Training#trainer()}, the one way to make one (from Java, {@code ste train} and the lab alike).
 *
 * <p>Each epoch e visits the training data in the order of the permutation drawn from
 * {@code new Rng(seed).split(e)}, so the order depends on the seed and the epoch only; the optimizer's update at step
 * t is scaled by {@code schedule.factor(t)}; a random crop, when configured, is drawn per batch from
 * {@code new Rng(seed).split(stream, epoch, batch)}. After each epoch the batch norms are recalibrated when the config
 * asks for it ({@link TrainingConfig#bnRecalibrationBatches()}), the model is evaluated, the figures go to the listener
 * and a checkpoint is written atomically (also every {@code checkpointEverySteps} steps inside an epoch). A run
 * resumed from any of its checkpoints ends bitwise equal to an uninterrupted one: the checkpoint holds the weights,
 * buffers, optimizer state, the model's random sources, the position in the epoch and the epoch's running totals.
 *
 * <p>When the batch size does not divide the training data, {@link TrainingOptions#lastBatch()} decides whether the
 * remainder makes a smaller last batch or is left out of that epoch (by default a remainder of one sample is left out,
 * since batch norm cannot train on one sample). Evaluation visits every sample.
 *
 * <p>A non-finite loss or gradient stops the run with a {@link DivergenceException} naming the step and the layer, or
 * — with {@code skipNonFinite} — skips that batch (no update; counted in the epoch's figures). Non-finite weights
 * after an update always stop the run, since the update cannot be undone. In both cases the checkpoint on disk is the
 * last good one.
 */
public final class Trainer {

  private static final int PROBE_SAMPLES = 256;
  /** Keeps the crops' random streams apart from the epochs' permutations, which split the same seed. */
  private static final long AUGMENTATION_STREAM = 0x617567L;

  private final Module model;
  private final String modelId;
  private final Optimizer optimizer;
  private final Schedule givenSchedule;
  private final TrainingConfig config;
  private final TrainingOptions options;
  private final ModelHooks hooks;
  private final TrainingListener listener;
  private final Path checkpointFile;
  private final Map<String, String> metadata;

  /** Made by {@link Training#trainer()}; a null schedule is built from the config when the data's size is known. */
  Trainer(Module model, String modelId, TrainingConfig config, Optimizer optimizer, Schedule schedule,
          ModelHooks hooks, TrainingListener listener, Path checkpointFile, Map<String, String> metadata) {
    this.model = model;
    this.modelId = modelId;
    this.config = config;
    this.options = config.options();
    this.optimizer = optimizer;
    this.givenSchedule = schedule;
    this.hooks = hooks;
    this.listener = listener;
    this.checkpointFile = checkpointFile;
    this.metadata = Map.copyOf(metadata);
  }

  /** Number of batches per epoch for {@code n} training samples under the default {@link LastBatch} policy. */
  public static int batchesPerEpoch(int n, int batchSize) {
    return LastBatch.DEFAULT.batches(n, batchSize);
  }

  /**
   * Runs the training from the start, or from {@code resume} when it is not null.
   *
   * @param test evaluation data, or null for none
   * @throws DivergenceException on non-finite values (unless skipped)
   */
  public TrainingResult fit(Dataset train, Dataset test, Checkpoint resume) {
    if (train.size() == 0) {
      throw new IllegalArgumentException("training data is empty");
    }
    Map<String, Parameter> params = model.namedParameters();
    int n = train.size();
    int batches = options.batchesPerEpoch(n);
    if (batches == 0) {
      throw new IllegalArgumentException("training data of " + n + " sample(s) makes no batch of "
          + options.batchSize() + " under last-batch policy " + options.lastBatch().key());
    }
    Schedule schedule = givenSchedule != null ? givenSchedule : config.buildSchedule(n);
    Rng rng = new Rng(options.seed());
    RunProgress st = new RunProgress();
    if (resume != null) {
      st = restore(resume);
      rng = Rng.restore(resume.rngSeed(), resume.rngState());
    }
    listener.started(options.epochs(), batches, resume);
    Batch probe = Batch.of(train, null, 0, Math.min(PROBE_SAMPLES, n));
    for (int epoch = st.epoch; epoch < options.epochs(); epoch++) {
      long t0 = System.nanoTime();
      if (st.batch == 0) {
        st.startEpoch(params);
      }
      int[] order = new Rng(options.seed()).split(epoch).permutation(n);
      for (int b = st.batch; b < batches; b++) {
        int from = b * options.batchSize();
        Batch batch = augmented(Batch.of(train, order, from, Math.min(options.batchSize(), n - from)), epoch, b);
        model.train(true);
        model.zeroGrad();
        int badInputs = NonFinite.countNonFinite(batch.input().data());
        NonFinite bad = null;
        Tensor logits = null;
        double lossValue = Double.NaN;
        if (badInputs > 0) {
          bad = new NonFinite(st.step + 1, epoch + 1, b + 1, "input", null, badInputs, Double.NaN, Double.NaN);
        } else {
          logits = model.forward(batch.input());
          Tensor loss = config.loss().of(logits, batch.labels());
          lossValue = loss.item();
          if (Double.isFinite(lossValue)) {
            loss.backward();
            bad = NonFinite.inGradients(params, st.step + 1, epoch + 1, b + 1, lossValue);
          } else {
            bad = NonFinite.inForward(params, st.step + 1, epoch + 1, b + 1, lossValue,
                NonFinite.countNonFinite(logits.contiguous().data()));
          }
        }
        if (bad != null) {
          model.zeroGrad();
          if (!options.skipNonFinite()) {
            throw new DivergenceException(bad);
          }
          st.skipped++;
          listener.skipped(bad);
          continue;
        }
        optimizer.step(schedule.factor(st.step));
        st.step++;
        hooks.afterStep(model);
        NonFinite broken = NonFinite.inWeights(params, st.step, epoch + 1, b + 1, lossValue);
        if (broken != null) {
          throw new DivergenceException(broken);
        }
        st.tally.add(lossValue, logits.contiguous().data(), batch.labels());
        listener.step(epoch + 1, b + 1, batches, st.step, lossValue, st.tally.accuracy());
        if (options.checkpointEverySteps() > 0 && st.step % options.checkpointEverySteps() == 0 && b + 1 < batches) {
          st.seconds += (System.nanoTime() - t0) / 1e9;
          t0 = System.nanoTime();
          checkpoint(rng, epoch, b + 1, st);
        }
      }
      recalibrate(train);
      ClassificationTally eval = evaluate(test);
      Map<String, Double> extra = new LinkedHashMap<>(
          hooks.epochMetrics(model, probe.input(), probe.labels(), config.loss()));
      st.seconds += (System.nanoTime() - t0) / 1e9;
      EpochStats stats = new EpochStats(epoch + 1, st.step, st.tally.meanLoss(), st.tally.accuracy(),
          eval == null ? Double.NaN : eval.meanLoss(), eval == null ? Double.NaN : eval.accuracy(),
          schedule.factor(Math.max(0, st.step - 1)), st.skipped, st.flips.overall(params),
          st.flips.perParameter(params), Saturation.latent(model), extra, st.seconds);
      st.history.add(stats);
      listener.epoch(stats, List.copyOf(st.history));
      st.batch = 0;
      checkpoint(rng, epoch + 1, 0, st);
    }
    ClassificationTally fin = evaluate(test);
    return new TrainingResult(List.copyOf(st.history), st.step, fin == null ? Double.NaN : fin.meanLoss(),
        fin == null ? Double.NaN : fin.accuracy());
  }

  /** The batch through the config's random crop, drawn from the seed, epoch and batch index alone. */
  private Batch augmented(Batch batch, int epoch, int index) {
    if (config.augmentation().isIdentity()) {
      return batch;
    }
    return batch.cropped(config.augmentation(), new Rng(options.seed()).split(AUGMENTATION_STREAM, epoch, index));
  }

  private void recalibrate(Dataset train) {
    BatchNormRecalibration.recalibrate(model, train, config.bnRecalibrationBatches(), options.batchSize(),
        options.seed(), hooks);
  }

  private ClassificationTally evaluate(Dataset test) {
    return test == null ? null : Evaluator.evaluate(model, test, options.evalBatchSize(), config.loss());
  }

  private void checkpoint(Rng rng, int epoch, int batch, RunProgress st) {
    if (checkpointFile == null) {
      return;
    }
    Checkpoint c = Checkpoint.capture(modelId, model, optimizer, epoch, batch, st.step, rng.seed(), rng.state(),
        metadata, Map.of(), st.resumeState(batch, hooks.randomState(model)));
    try {
      CheckpointFormat.write(checkpointFile, c);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint " + checkpointFile + ": " + e.getMessage(), e);
    }
    listener.checkpointed(checkpointFile, epoch, batch, st.step);
  }

  private RunProgress restore(Checkpoint c) {
    // A checkpoint of another model usually has another seed too; the model is the mismatch to report.
    if (!c.model().equals(modelId)) {
      throw new IllegalArgumentException("checkpoint is for model '" + c.model() + "', not '" + modelId + "'");
    }
    if (c.rngSeed() != options.seed()) {
      throw new IllegalArgumentException("checkpoint was made with seed " + c.rngSeed() + ", this run has seed "
          + options.seed());
    }
    c.restoreInto(modelId, model, optimizer);
    Map<String, long[]> rngs = new LinkedHashMap<>();
    RunProgress st = RunProgress.restore(c, rngs);
    hooks.restoreRandomState(model, rngs);
    return st;
  }
}
