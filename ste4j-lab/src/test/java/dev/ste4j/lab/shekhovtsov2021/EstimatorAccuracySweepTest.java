package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.lab.sweep.LocalEngine;
import dev.ste4j.lab.sweep.SerializedCopy;
import dev.ste4j.lab.sweep.SweepResults;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimator-accuracy experiment run as a sweep gives, bit for bit, what the loop it replaced gave. */
class EstimatorAccuracySweepTest {

  static EstimatorAccuracyConfig small(long seed) {
    return new EstimatorAccuracyConfig(new int[] {4, 3, 3, 3}, NoiseKind.LOGISTIC, 1.0, 4, new int[] {0, 20, 50}, 0.1,
        new int[] {1, 4}, 8, 0.5, 200, seed);
  }

  @Test
  void sweepAndExperimentEqualTheLoopTheyReplaced() {
    EstimatorAccuracyConfig c = small(5);
    List<Estimator> all = Estimators.standard(c.temperature());
    EstimatorAccuracyResult loop = directLoop(c, all);
    EstimatorAccuracyResult viaRun = EstimatorAccuracy.run(c, all);
    EstimatorAccuracySweep sweep = EstimatorAccuracySweep.of(c, all.stream().map(Estimator::name).toList());
    EstimatorAccuracyResult viaSweep = EstimatorAccuracy.assemble(c,
        SweepResults.run(sweep, new LocalEngine(3), null));
    assertThat(sweep.cells()).hasSize(3 * all.size());
    assertThat(viaRun.rows()).isEqualTo(loop.rows());
    assertThat(viaSweep.rows()).isEqualTo(loop.rows());
    assertThat(viaSweep.expectedLossBySnapshot()).hasSameSizeAs(loop.expectedLossBySnapshot());
    for (int i = 0; i < loop.expectedLossBySnapshot().size(); i++) {
      assertThat(viaSweep.expectedLossBySnapshot().get(i)).isEqualTo(loop.expectedLossBySnapshot().get(i));
    }
  }

  @Test
  void withBernoulliWeightsToo() {
    EstimatorAccuracyConfig c = new EstimatorAccuracyConfig(new int[] {2, 2, 2}, NoiseKind.UNIFORM, 1.0, 3,
        new int[] {0, 10}, 0.1, new int[] {1, 2}, 4, 0.5, 50, 3, true);
    List<Estimator> some = List.of(new StraightThrough(), new Reinforce(true), new DeterministicSte(false),
        new Concrete(0.5));
    assertThat(EstimatorAccuracy.run(c, some).rows()).isEqualTo(directLoop(c, some).rows());
  }

  @Test
  void aCellRunInACopyOfTheSweepGivesTheSameRows() throws Exception {
    EstimatorAccuracySweep sweep = EstimatorAccuracySweep.of(small(2), List.of("st", "arm", "concrete:0.5"));
    EstimatorAccuracySweep copy = SerializedCopy.of(sweep);
    // The last cell first in the copy: its shared trajectory is computed there, from the configuration alone.
    int last = sweep.cells().size() - 1;
    assertThat(copy.run(copy.cells().get(last))).isEqualTo(sweep.run(sweep.cells().get(last)));
    assertThat(copy.run(copy.cells().get(0))).isEqualTo(sweep.run(sweep.cells().get(0)));
  }

  /**
   * The experiment's loop before it became a sweep, kept as the reference for the trajectory, the random streams and
   * the cells' order; each snapshot's cosines and rows come from the sweep's own arithmetic.
   */
  static EstimatorAccuracyResult directLoop(EstimatorAccuracyConfig c, List<Estimator> estimators) {
    Rng root = new Rng(c.seed());
    int classes = c.widths()[c.widths().length - 1];
    LabeledData data = SyntheticTask.generate(c.examples(), c.widths()[0], classes, c.seed() + 1, c.seed() + 2);
    List<double[]> xs = new ArrayList<>();
    for (int i = 0; i < data.rows(); i++) {
      xs.add(data.row(i));
    }
    int[] ys = data.labels();
    Noise noise = new Noise(c.noise(), c.noiseScale());
    Sbn net = Sbn.random(c.widths(), noise, c.bernoulliWeights() ? noise : null, 1.5, root.split(1));
    Rng trainRng = root.split(2);
    StraightThrough st = new StraightThrough();
    List<AccuracyRow> rows = new ArrayList<>();
    List<double[]> losses = new ArrayList<>();
    int step = 0;
    for (int snap = 0; snap < c.snapshots().length; snap++) {
      for (; step < c.snapshots()[snap]; step++) {
        Gradient g = Gradient.zeros(net);
        Gradient tmp = Gradient.zeros(net);
        for (int e = 0; e < xs.size(); e++) {
          st.estimate(net, net.sample(xs.get(e), ys[e], trainRng), tmp);
          g.addScaled(tmp, 1.0 / xs.size());
        }
        net.step(g, c.learningRate());
      }
      ExactGradient.Result exact = ExactGradient.of(net, xs, ys);
      losses.add(new double[] {step, exact.expectedLoss()});
      for (int ei = 0; ei < estimators.size(); ei++) {
        Estimator est = estimators.get(ei);
        ExactMoments.Moments m = ExactMoments.of(net, est, xs, ys, c.relaxedSamples(), root.split(3, snap, ei));
        // Common random numbers: every estimator sees the same draws, so their cosines differ by the estimator only.
        double[][][] cos = EstimatorAccuracySweep.cosines(net, est, xs, ys, exact.gradient(), c, root.split(4, snap));
        rows.addAll(EstimatorAccuracySweep.rows(step, exact, est, m, cos, net.layers(), c.sampleCounts()));
      }
    }
    return new EstimatorAccuracyResult(c, rows, losses);
  }
}
