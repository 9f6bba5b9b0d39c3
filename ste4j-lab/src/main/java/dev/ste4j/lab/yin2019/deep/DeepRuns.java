package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.nn.optim.Sgd;
import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.nn.schedule.MultiStepSchedule;
import dev.ste4j.nn.schedule.Schedule;
import dev.ste4j.nn.metric.ClassificationTally;
import dev.ste4j.nn.train.EpochStats;
import dev.ste4j.nn.train.Evaluator;
import dev.ste4j.nn.train.ModelHooks;
import dev.ste4j.nn.train.Trainer;
import dev.ste4j.nn.train.Training;
import dev.ste4j.nn.train.TrainingListener;
import dev.ste4j.nn.train.TrainingConfig;
import dev.ste4j.nn.train.TrainingOptions;
import dev.ste4j.nn.train.TrainingResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;

/** The two steps every deep experiment repeats: build a network with a given activation, and train it. */
final class DeepRuns {

  /** Evaluation batch size (does not change the figures beyond float rounding). */
  static final int EVAL_BATCH = 1000;

  private DeepRuns() {}

  /** How one phase trains: SGD with heavy-ball momentum and a step schedule. */
  record Phase(int epochs, int batch, double lr, double momentum, double weightDecay, int[] milestones, double gamma) {}

  /**
   * The network with every activation replaced by a BatchNorm without affine followed by {@code activation}; float
   * weights. Initial weights come from {@code seed}.
   */
  static Module model(DeepNetwork network, Quantizer activation, int[] inputShape, int classes, long seed) {
    ModelConfig c = ModelConfig.defaults().withActivation(activation).withInputShape(inputShape).withClasses(classes)
        .withSeed(seed);
    return Models.create(network.key(), c);
  }

  /**
   * Trains the model in place with the library's {@link Trainer}; one progress line per epoch goes to {@code log}.
   * With a {@code checkpoint} file the trainer writes the model (id {@code label}), its optimizer and position there,
   * atomically, after every epoch. With {@code measureTrainSet} the training figures of each epoch are measured
   * after it on the whole training set in evaluation mode (as Figure 2's epoch 0 is), instead of the running means
   * over the epoch's batches in training mode.
   */
  static RunCurve train(Module model, String label, Dataset train, Dataset test, Phase p, long seed,
                        Consumer<String> log, Path checkpoint, boolean measureTrainSet) {
    Sgd sgd = new Sgd(model.namedParameters(), p.lr(), p.momentum(), false, p.weightDecay());
    int steps = Trainer.batchesPerEpoch(train.size(), p.batch());
    Schedule schedule = p.milestones().length == 0 ? step -> 1.0
        : new MultiStepSchedule(p.milestones(), p.gamma(), steps);
    List<EpochPoint> points = new ArrayList<>();
    TrainingListener listener = new TrainingListener() {
      @Override
      public void epoch(EpochStats s, List<EpochStats> history) {
        double loss = s.trainLoss();
        double accuracy = s.trainAccuracy();
        if (measureTrainSet) {
          ClassificationTally t = Evaluator.evaluate(model, train, EVAL_BATCH);
          loss = t.meanLoss();
          accuracy = t.accuracy();
        }
        EpochPoint e = new EpochPoint(s.epoch(), loss, accuracy, s.testLoss(), s.testAccuracy(),
            p.lr() * s.rateFactor(), s.seconds());
        points.add(e);
        log.accept(String.format(Locale.ROOT, "%s epoch %d/%d: train loss %.4g, test accuracy %.2f%% (lr %.3g, %.0f s)",
            label, e.epoch(), p.epochs(), e.trainLoss(), 100 * e.testAccuracy(), e.learningRate(), e.seconds()));
      }
    };
    long t0 = System.nanoTime();
    Trainer trainer = Training.of(model).config(TrainingConfig.of(TrainingOptions.of(p.epochs(), p.batch(), seed)))
        .modelId(label).optimizer(sgd).schedule(schedule).listener(listener).checkpointTo(checkpoint)
        .hooks(ModelHooks.none()).metadata(Map.of()).trainer();
    TrainingResult r = trainer.fit(train, test, null);
    return new RunCurve(points, r.testLoss(), r.testAccuracy(), seed, (System.nanoTime() - t0) / 1e9);
  }
}
