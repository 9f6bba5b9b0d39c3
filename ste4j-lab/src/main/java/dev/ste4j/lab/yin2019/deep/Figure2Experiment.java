package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.metric.ClassificationTally;
import dev.ste4j.nn.quantizer.QuantizedRelu;
import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.nn.train.Evaluator;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the {@link Figure2Config} protocol: train the minima as Table 1 does, then, for each, copy its weights (and
 * BatchNorm statistics) into the same network with the identity STE and train on — first at the tiny constant rate,
 * then with the normal schedule. The momentum buffer starts at zero in each phase (the paper does not say).
 *
 * <p>Seeds: the minima as in {@link Table1Experiment}; the two phases from the STE started from the root seed's keys
 * (4, STE ordinal, 0) and (4, STE ordinal, 1).
 */
public final class Figure2Experiment {

  private static final int EVAL_BATCH = 1000;

  private Figure2Experiment() {}

  public static Figure2Result run(Figure2Config c, TrainTest data, Consumer<String> log) {
    Table1Config m = c.minima();
    Table1Experiment.Trained minima = Table1Experiment.train(m, data, log, true);
    Rng root = new Rng(m.seed());
    // the same subsets as the minima's runs
    Dataset train = DeepData.subset(data.train(), m.trainSubset(), root.split(3, 0));
    Dataset test = DeepData.subset(data.test(), m.testSubset(), root.split(3, 1));
    int bits = c.bits();
    double gamma = m.network().schedule().gamma();
    DeepRuns.Phase drift = new DeepRuns.Phase(c.driftEpochs(), m.batch(), c.driftLr(), m.momentum(),
        m.weightDecay(), new int[0], gamma);
    DeepRuns.Phase then = new DeepRuns.Phase(Math.max(1, c.thenEpochs()), m.batch(), m.lr(), m.momentum(),
        m.weightDecay(), c.thenMilestones(), gamma);
    List<Figure2Curve> curves = new ArrayList<>();
    for (SteVariant from : m.stes()) {
      Module start = minima.models().get(Table1Experiment.key(bits, from));
      QuantizedRelu identity = new QuantizedRelu(bits, QuantizedRelu.defaultAlpha(bits), SteVariant.IDENTITY);
      // its initial weights (seed 0) are all overwritten by the copy
      Module net = DeepRuns.model(m.network(), identity, train.sampleShape(), train.numClasses(), 0);
      WeightTransfer.copy(start, net);
      List<EpochPoint> points = new ArrayList<>();
      points.add(evaluate(net, train, test));
      String label = m.network().label() + " " + bits + "-bit from " + from.key() + ", identity STE";
      RunCurve d = DeepRuns.train(net, label + " at lr " + c.driftLr(), train, test, drift,
          root.split(4, from.ordinal(), 0).nextLong(), log);
      points.addAll(d.epochs());
      if (c.thenEpochs() > 0) {
        RunCurve t = DeepRuns.train(net, label + ", normal schedule", train, test, then,
            root.split(4, from.ordinal(), 1).nextLong(), log);
        for (EpochPoint e : t.epochs()) {
          points.add(new EpochPoint(e.epoch() + c.driftEpochs(), e.trainLoss(), e.trainAccuracy(), e.testLoss(),
              e.testAccuracy(), e.learningRate(), e.seconds()));
        }
      }
      curves.add(new Figure2Curve(from, points, c.driftEpochs()));
    }
    return new Figure2Result(c, minima.result(), curves);
  }

  /** Epoch 0: the starting weights on the whole training and test sets, in evaluation mode. */
  private static EpochPoint evaluate(Module net, Dataset train, Dataset test) {
    long t0 = System.nanoTime();
    ClassificationTally tr = Evaluator.evaluate(net, train, EVAL_BATCH);
    ClassificationTally te = Evaluator.evaluate(net, test, EVAL_BATCH);
    return new EpochPoint(0, tr.meanLoss(), tr.accuracy(), te.meanLoss(), te.accuracy(), Double.NaN,
        (System.nanoTime() - t0) / 1e9);
  }
}
