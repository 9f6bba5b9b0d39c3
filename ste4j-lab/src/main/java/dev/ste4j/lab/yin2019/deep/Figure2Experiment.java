package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.nn.checkpoint.CheckpointFormat;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.metric.ClassificationTally;
import dev.ste4j.nn.quantizer.QuantizedRelu;
import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.nn.train.Evaluator;
import dev.ste4j.tensor.random.Rng;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the {@link Figure2Config} protocol: take the minima (trained here as Table 1 does, or loaded from the
 * checkpoints of a Table 1 run), then, for each, copy its weights (and BatchNorm statistics) into the same network
 * with each continuation STE (the paper: identity) and train on — first at the tiny constant rate, then with the
 * normal schedule. The momentum
 * buffer starts at zero in each phase (the paper does not say). Every point's training loss and accuracy, epoch 0's
 * included, are measured on the whole training set in evaluation mode after the epoch, so the curve compares like
 * with like (the running mean over an epoch's batches in training mode is biased upward against it).
 *
 * <p>Seeds: the minima as in {@link Table1Experiment}; the two phases from the STE started from the root seed's keys
 * (4, STE ordinal, 0) and (4, STE ordinal, 1); the data subsets as in Table 1.
 */
public final class Figure2Experiment {

  private Figure2Experiment() {}

  /** Trains the minima as {@link Table1Experiment} does, then continues from each. */
  public static Figure2Result run(Figure2Config c, TrainTest data, Consumer<String> log) {
    Table1Experiment.Trained minima = Table1Experiment.train(c.minima(), data, log, true, null);
    Map<SteVariant, Module> starts = new LinkedHashMap<>();
    for (SteVariant from : c.minima().stes()) {
      starts.put(from, minima.models().get(Table1Experiment.key(c.bits(), from)));
    }
    return new Figure2Result(c, minima.result(), continueFrom(c, data, starts, log), testSize(c, data));
  }

  /**
   * The protocol once per root seed, in the order given: each seed trains its own minima (the Table 1 networks of that
   * seed) and continues from them, so the seeds are independent repeats.
   */
  public static List<Figure2Result> runSeeds(Figure2Config c, List<Long> seeds, TrainTest data, Consumer<String> log) {
    List<Figure2Result> out = new ArrayList<>();
    for (long seed : seeds) {
      out.add(run(c.withSeed(seed), data, log));
    }
    return out;
  }

  /**
   * Loads the minima from the checkpoints a Table 1 run kept in {@code table1Dir}
   * ({@link Table1Experiment#checkpointName}), then continues from each; the result has no minima runs.
   *
   * @throws IllegalArgumentException when a checkpoint is missing (saying which Table 1 run makes it), unreadable, or
   *     of another network or bit width
   */
  public static Figure2Result runFrom(Figure2Config c, TrainTest data, Path table1Dir, Consumer<String> log) {
    requireCheckpoints(c, table1Dir);
    Table1Config m = c.minima();
    Dataset any = data.train();
    Map<SteVariant, Module> starts = new LinkedHashMap<>();
    for (SteVariant from : m.stes()) {
      Path file = table1Dir.resolve(Table1Experiment.checkpointName(c.bits(), from));
      QuantizedRelu q = new QuantizedRelu(c.bits(), QuantizedRelu.defaultAlpha(c.bits()), from);
      Module net = DeepRuns.model(m.network(), q, any.sampleShape(), any.numClasses(), 0);
      CheckpointFormat.read(file).restoreInto(Table1Experiment.modelId(m.network(), c.bits(), from), net, null);
      log.accept("figure2: " + from.key() + " minimum loaded from " + file);
      starts.put(from, net);
    }
    return new Figure2Result(c, null, continueFrom(c, data, starts, log), testSize(c, data));
  }

  /** Fails naming the first checkpoint {@link #runFrom} needs that {@code table1Dir} lacks, and how to make it. */
  public static void requireCheckpoints(Figure2Config c, Path table1Dir) {
    for (SteVariant from : c.minima().stes()) {
      Path file = table1Dir.resolve(Table1Experiment.checkpointName(c.bits(), from));
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("figure2: " + table1Dir + " has no " + file.getFileName() + "; make it with "
            + "'ste lab yin2019 table1 --network " + c.minima().network().key() + " --bits " + c.bits() + " --ste "
            + from.key() + "'");
      }
    }
  }

  private static List<Figure2Curve> continueFrom(Figure2Config c, TrainTest data, Map<SteVariant, Module> starts,
                                                 Consumer<String> log) {
    Table1Config m = c.minima();
    Rng root = new Rng(m.seed());
    Dataset train = DeepData.subset(data.train(), m.trainSubset(), root.split(3, 0));
    Dataset test = DeepData.subset(data.test(), m.testSubset(), root.split(3, 1));
    int bits = c.bits();
    double gamma = m.network().schedule().gamma();
    DeepRuns.Phase drift = new DeepRuns.Phase(c.driftEpochs(), m.batch(), c.driftLr(), m.momentum(),
        m.weightDecay(), new int[0], gamma);
    DeepRuns.Phase then = new DeepRuns.Phase(Math.max(1, c.thenEpochs()), m.batch(), m.lr(), m.momentum(),
        m.weightDecay(), c.thenMilestones(), gamma);
    List<SteVariant[]> pairs = new ArrayList<>();
    for (SteVariant from : starts.keySet()) {
      for (SteVariant continued : c.continueStes()) {
        pairs.add(new SteVariant[] {from, continued});
      }
    }
    // The curves are independent runs: side by side (SideBySide), minima outer, continuation STEs inner.
    return SideBySide.each(pairs.size(), i -> {
      SteVariant from = pairs.get(i)[0];
      SteVariant continued = pairs.get(i)[1];
      QuantizedRelu q = new QuantizedRelu(bits, QuantizedRelu.defaultAlpha(bits), continued);
      // its initial weights (seed 0) are all overwritten by the copy
      Module net = DeepRuns.model(m.network(), q, train.sampleShape(), train.numClasses(), 0);
      WeightTransfer.copy(starts.get(from), net);
      List<EpochPoint> points = new ArrayList<>();
      points.add(evaluate(net, train, test));
      String label = m.network().label() + " " + bits + "-bit from " + from.key() + ", " + continued.key() + " STE";
      RunCurve d = DeepRuns.train(net, label + " at lr " + c.driftLr(), train, test, drift,
          phaseSeed(root, from, continued, 0), log, null, true);
      points.addAll(d.epochs());
      if (c.thenEpochs() > 0) {
        RunCurve t = DeepRuns.train(net, label + ", normal schedule", train, test, then,
            phaseSeed(root, from, continued, 1), log, null, true);
        for (EpochPoint e : t.epochs()) {
          points.add(new EpochPoint(e.epoch() + c.driftEpochs(), e.trainLoss(), e.trainAccuracy(), e.testLoss(),
              e.testAccuracy(), e.learningRate(), e.seconds()));
        }
      }
      return new Figure2Curve(from, continued, points, c.driftEpochs());
    });
  }

  /**
   * The shuffling seed of a phase: keys (4, from, phase) for the identity STE, as before the continuation STE became
   * an option (so those curves stay bitwise the same), and (4, from, phase, 1 + STE ordinal) for the others.
   */
  private static long phaseSeed(Rng root, SteVariant from, SteVariant continued, int phase) {
    Rng r = continued == SteVariant.IDENTITY ? root.split(4, from.ordinal(), phase)
        : root.split(4, from.ordinal(), phase, 1 + continued.ordinal());
    return r.nextLong();
  }

  /** The size of the test set the curves are evaluated on. */
  private static int testSize(Figure2Config c, TrainTest data) {
    int all = data.test().size();
    int limit = c.minima().testSubset();
    return limit > 0 ? Math.min(limit, all) : all;
  }

  /** Epoch 0: the starting weights on the whole training and test sets, in evaluation mode. */
  private static EpochPoint evaluate(Module net, Dataset train, Dataset test) {
    long t0 = System.nanoTime();
    ClassificationTally tr = Evaluator.evaluate(net, train, DeepRuns.EVAL_BATCH);
    ClassificationTally te = Evaluator.evaluate(net, test, DeepRuns.EVAL_BATCH);
    return new EpochPoint(0, tr.meanLoss(), tr.accuracy(), te.meanLoss(), te.accuracy(), Double.NaN,
        (System.nanoTime() - t0) / 1e9);
  }
}
