package dev.ste4j.nn.train;

import dev.ste4j.nn.data.RandomCrop;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.optim.Adam;
import dev.ste4j.nn.optim.Optimizer;
import dev.ste4j.nn.optim.OptimizerAssignment;
import dev.ste4j.nn.schedule.Schedule;
import dev.ste4j.nn.schedule.ScheduleConfig;

/**
 * The typed configuration of a training run, shared by {@link Training} and {@code ste train}: the loop's options,
 * which optimizer trains which parameter, the learning-rate schedule and the loss. The optimizer and the schedule are
 * built from it when the model and the number of steps per epoch are known. The augmentation, when it is not the
 * identity, crops (and flips) every training batch with a source drawn from the seed, the epoch and the batch's index
 * only, so a resumed run draws the same crops.
 *
 * <pre>{@code
 * TrainingConfig c = TrainingConfig.defaults().withOptions(TrainingOptions.of(3, 100, 1))
 *     .withOptimizer(OptimizerAssignment.of(ParameterSelector.binaryKernels(), Bop.config(1e-6, 1e-3))
 *         .otherwise(Adam.config(0.001)))
 *     .withSchedule(ScheduleConfig.of("cosine", Map.of("warmup_epochs", 1)));
 * }</pre>
 *
 * @param options epochs, batch size, seed and the rest of the loop's options
 * @param optimizer the optimizer of each parameter
 * @param schedule the learning-rate factor over the steps
 * @param loss what the training minimises and the evaluation reports
 * @param augmentation the random crop of each training batch ({@link RandomCrop#none()} for none)
 * @param bnRecalibrationBatches when above 0, before each evaluation every batch norm's running statistics are
 *     recomputed from this many un-augmented training batches with the current weights ({@link
 *     BatchNormRecalibration}); 0 keeps the running statistics of the training steps
 */
public record TrainingConfig(TrainingOptions options, OptimizerAssignment optimizer, ScheduleConfig schedule,
                             LossFunction loss, RandomCrop augmentation, int bnRecalibrationBatches) {

  public TrainingConfig {
    if (options == null || optimizer == null || schedule == null || loss == null || augmentation == null) {
      throw new IllegalArgumentException("training config: options, optimizer, schedule, loss and augmentation are"
          + " all needed");
    }
    if (bnRecalibrationBatches < 0) {
      throw new IllegalArgumentException("training config: batch-norm recalibration needs 0 or more batches, got "
          + bnRecalibrationBatches);
    }
  }

  /**
   * The defaults of {@link Training} and {@code ste train}: 10 epochs of batches of 100, seed 0, Adam with lr 0.001
   * over every parameter, a constant schedule, softmax cross-entropy, no augmentation.
   */
  public static TrainingConfig defaults() {
    return of(TrainingOptions.of(10, 100, 0));
  }

  /** These options with the default optimizer, schedule and loss. */
  public static TrainingConfig of(TrainingOptions options) {
    return new TrainingConfig(options, OptimizerAssignment.all(Adam.config(1e-3)), ScheduleConfig.constant(),
        LossFunction.SOFTMAX_CROSS_ENTROPY, RandomCrop.none(), 0);
  }

  public TrainingConfig withOptions(TrainingOptions o) {
    return new TrainingConfig(o, optimizer, schedule, loss, augmentation, bnRecalibrationBatches);
  }

  public TrainingConfig withOptimizer(OptimizerAssignment o) {
    return new TrainingConfig(options, o, schedule, loss, augmentation, bnRecalibrationBatches);
  }

  public TrainingConfig withSchedule(ScheduleConfig s) {
    return new TrainingConfig(options, optimizer, s, loss, augmentation, bnRecalibrationBatches);
  }

  public TrainingConfig withLoss(LossFunction l) {
    return new TrainingConfig(options, optimizer, schedule, l, augmentation, bnRecalibrationBatches);
  }

  public TrainingConfig withAugmentation(RandomCrop a) {
    return new TrainingConfig(options, optimizer, schedule, loss, a, bnRecalibrationBatches);
  }

  public TrainingConfig withBnRecalibration(int batches) {
    return new TrainingConfig(options, optimizer, schedule, loss, augmentation, batches);
  }

  /** The optimizer over the model's parameters; fails naming a parameter claimed twice or never. */
  public Optimizer buildOptimizer(Module model) {
    return optimizer.build(model.namedParameters());
  }

  /** The schedule for a run over {@code trainSize} training samples. */
  public Schedule buildSchedule(int trainSize) {
    return schedule.build(options.batchesPerEpoch(trainSize), options.epochs());
  }
}
