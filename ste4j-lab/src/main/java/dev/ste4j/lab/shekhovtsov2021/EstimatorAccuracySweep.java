package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.lab.sweep.SharedInput;
import dev.ste4j.lab.sweep.Sweep;
import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.random.Rng;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The estimator-accuracy experiment as a sweep: one cell per (snapshot, estimator), snapshots outer. A cell measures
 * one estimator on the network as trained up to one snapshot; its rows are those {@link EstimatorAccuracy} gives for
 * that pair, per layer and sample count.
 *
 * <p>The training trajectory (the network at each snapshot and its exact gradient) is the cells' {@link SharedInput}:
 * a pure function of the configuration, computed once per process. A cell's draws are split from the seed by its
 * coordinates: (3, snapshot, estimator index) for the moments, (4, snapshot) for the cosines, the same for every
 * estimator (common random numbers).
 */
public final class EstimatorAccuracySweep
    implements Sweep<EstimatorAccuracySweep.Cell, EstimatorAccuracySweep.Measured> {

  private static final long serialVersionUID = 1L;

  /** One estimator at one snapshot, by index into the configuration's snapshots and the estimators. */
  public record Cell(int snapshot, int estimator) implements Serializable {}

  /** A cell's rows: per layer (all first, then 0, 1, …), then per sample count. */
  public record Measured(List<AccuracyRow> rows) implements Serializable {
    public Measured {
      rows = List.copyOf(rows);
    }
  }

  /** The network after each snapshot's training steps, and its exact gradient there. */
  record Trajectory(List<double[]> xs, int[] ys, List<Sbn> nets, List<ExactGradient.Result> exact) {}

  private final EstimatorAccuracyConfig config;
  private final List<String> names;
  private final List<Cell> cells;
  private final SharedInput<Integer, Trajectory> trajectory = new SharedInput<>();
  private transient List<Estimator> estimators;

  /** The estimators by their registered names ({@link Estimators#parse}). */
  public static EstimatorAccuracySweep of(EstimatorAccuracyConfig config, List<String> estimatorNames) {
    return new EstimatorAccuracySweep(config, estimatorNames.stream().map(Estimators::parse).toList());
  }

  /**
   * These estimators; a copy of the sweep in another process parses them again from their names, so there they must
   * be registered ones ({@link Estimators#parse}).
   */
  public EstimatorAccuracySweep(EstimatorAccuracyConfig config, List<Estimator> estimators) {
    if (estimators.isEmpty()) {
      throw new IllegalArgumentException("give at least one estimator");
    }
    this.config = config;
    this.estimators = List.copyOf(estimators);
    this.names = this.estimators.stream().map(Estimator::name).toList();
    List<Cell> all = new ArrayList<>();
    for (int s = 0; s < config.snapshots().length; s++) {
      for (int e = 0; e < names.size(); e++) {
        all.add(new Cell(s, e));
      }
    }
    this.cells = List.copyOf(all);
  }

  public EstimatorAccuracyConfig config() {
    return config;
  }

  /** The estimators' names, in cell order. */
  public List<String> estimatorNames() {
    return names;
  }

  @Override
  public List<Cell> cells() {
    return cells;
  }

  private synchronized List<Estimator> estimators() {
    if (estimators == null) {
      // A copy in another process: the estimators again from their names (each name parses to its estimator).
      estimators = names.stream().map(Estimators::parse).toList();
    }
    return estimators;
  }

  @Override
  public Measured run(Cell cell) {
    Trajectory t = trajectory.get(0, k -> train(config));
    int snap = cell.snapshot();
    int ei = cell.estimator();
    Sbn net = t.nets().get(snap);
    ExactGradient.Result exact = t.exact().get(snap);
    int step = config.snapshots()[snap];
    Estimator est = estimators().get(ei);
    Rng root = new Rng(config.seed());
    ExactMoments.Moments m = ExactMoments.of(net, est, t.xs(), t.ys(), config.relaxedSamples(),
        root.split(3, snap, ei));
    // Common random numbers: every estimator sees the same draws, so their cosines differ by the estimator only.
    double[][][] cos = cosines(net, est, t.xs(), t.ys(), exact.gradient(), config, root.split(4, snap));
    return new Measured(rows(step, exact, est, m, cos, net.layers(), config.sampleCounts()));
  }

  /**
   * One estimator's rows at one snapshot: per layer (−1 for all) and sample count, the bias, variance, RMSE and
   * cosines against the exact gradient, from its exact moments and the sampled cosines {@code cos[count][layer + 1]}.
   */
  static List<AccuracyRow> rows(int step, ExactGradient.Result exact, Estimator est, ExactMoments.Moments m,
                                double[][][] cos, int layers, int[] sampleCounts) {
    List<AccuracyRow> rows = new ArrayList<>();
    for (int layer = -1; layer < layers; layer++) {
      double[] g = EstimatorAccuracy.vector(exact.gradient(), layer);
      double[] mean = EstimatorAccuracy.vector(m.mean(), layer);
      double[] var = EstimatorAccuracy.vector(m.variance(), layer);
      double bias = 0;
      double trace = 0;
      for (int k = 0; k < g.length; k++) {
        bias += (mean[k] - g[k]) * (mean[k] - g[k]);
        trace += var[k];
      }
      bias = Math.sqrt(bias);
      double norm = Math.sqrt(EstimatorAccuracy.dot(g, g));
      double normRatio = Math.sqrt(EstimatorAccuracy.dot(mean, mean)) / norm;
      double meanCosine = EstimatorAccuracy.cosine(mean, g);
      for (int si = 0; si < sampleCounts.length; si++) {
        int n = sampleCounts[si];
        double variance = trace / n;
        double[] cs = cos[si][layer + 1];
        double cm = 0;
        for (double v : cs) {
          cm += v / cs.length;
        }
        double cv = 0;
        for (double v : cs) {
          cv += (v - cm) * (v - cm) / (cs.length - 1);
        }
        rows.add(new AccuracyRow(step, exact.expectedLoss(), est.name(), layer, n, bias, bias / norm, variance,
            Math.sqrt(bias * bias + variance), cm, Math.sqrt(cv / cs.length), m.exact(), normRatio, meanCosine));
      }
    }
    return rows;
  }

  /** Randomised estimators cost more than deterministic ones: they start first. */
  @Override
  public long cost(Cell cell) {
    return estimators().get(cell.estimator()).randomness() == Randomness.NONE ? 1 : 2;
  }

  /** The ST training on the synthetic batch, with a copy of the network and its exact gradient at each snapshot. */
  static Trajectory train(EstimatorAccuracyConfig c) {
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
    List<Sbn> nets = new ArrayList<>();
    List<ExactGradient.Result> exact = new ArrayList<>();
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
      Sbn at = net.copy();
      nets.add(at);
      exact.add(ExactGradient.of(at, xs, ys));
    }
    return new Trajectory(xs, ys, nets, exact);
  }

  /** cos[sampleCountIndex][layer + 1][trial] for the running mean of batch estimates in each trial. */
  static double[][][] cosines(Sbn net, Estimator est, List<double[]> xs, int[] ys, Gradient exact,
      EstimatorAccuracyConfig c, Rng rng) {
    int[] counts = c.sampleCounts();
    double[][][] out = new double[counts.length][net.layers() + 1][c.trials()];
    if (est.randomness() == Randomness.NONE) {
      // Every draw is the same value: the cosine is that of the value, for every N and trial.
      Gradient value = ExactMoments.of(net, est, xs, ys, 0, rng).mean();
      for (int si = 0; si < counts.length; si++) {
        for (int layer = -1; layer < net.layers(); layer++) {
          java.util.Arrays.fill(out[si][layer + 1], EstimatorAccuracy.cosine(EstimatorAccuracy.vector(value, layer),
              EstimatorAccuracy.vector(exact, layer)));
        }
      }
      return out;
    }
    int max = c.maxSamples();
    Parallel.forRange(c.trials(), 1, (from, to) -> {
      for (int t = from; t < to; t++) {
        Rng r = rng.split(t);
        Gradient sum = Gradient.zeros(net);
        Gradient g = Gradient.zeros(net);
        for (int n = 1; n <= max; n++) {
          for (int e = 0; e < xs.size(); e++) {
            est.estimate(net, net.sample(xs.get(e), ys[e], r), g);
            sum.addScaled(g, 1.0 / xs.size());
          }
          for (int si = 0; si < counts.length; si++) {
            if (counts[si] == n) {
              for (int layer = -1; layer < net.layers(); layer++) {
                out[si][layer + 1][t] = EstimatorAccuracy.cosine(EstimatorAccuracy.vector(sum, layer),
                    EstimatorAccuracy.vector(exact, layer));
              }
            }
          }
        }
      }
    });
    return out;
  }
}
