package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Experiment (a): how accurate each gradient estimator is, per layer, against the exact gradient of the expected
 * loss, as a function of the number of samples averaged and of training progress.
 *
 * <p>An SBN with real weights (or Bernoulli weights, {@link EstimatorAccuracyConfig#bernoulliWeights}) is trained
 * on a synthetic batch by SGD with the ST estimator; at each snapshot the exact
 * gradient g of the batch's mean expected loss is enumerated, and for each estimator its exact expectation and
 * variance ({@link ExactMoments}); bias, variance and RMSE of the N-sample mean follow in closed form. The cosine
 * similarity to g, which has no closed form, is averaged over seeded Monte Carlo trials run in parallel (each trial's
 * stream is split from the seed by its coordinates, so the result does not depend on the thread count; all estimators
 * share the same streams, so their comparison is not blurred by different draws).
 */
public final class EstimatorAccuracy {

  private EstimatorAccuracy() {}

  public static EstimatorAccuracyResult run(EstimatorAccuracyConfig c) {
    return run(c, Estimators.standard(c.temperature()));
  }

  public static EstimatorAccuracyResult run(EstimatorAccuracyConfig c, List<Estimator> estimators) {
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
        double[][][] cos = cosines(net, est, xs, ys, exact.gradient(), c, root.split(4, snap));
        for (int layer = -1; layer < net.layers(); layer++) {
          double[] g = vector(exact.gradient(), layer);
          double[] mean = vector(m.mean(), layer);
          double[] var = vector(m.variance(), layer);
          double bias = 0;
          double trace = 0;
          for (int k = 0; k < g.length; k++) {
            bias += (mean[k] - g[k]) * (mean[k] - g[k]);
            trace += var[k];
          }
          bias = Math.sqrt(bias);
          double norm = Math.sqrt(dot(g, g));
          double normRatio = Math.sqrt(dot(mean, mean)) / norm;
          double meanCosine = cosine(mean, g);
          for (int si = 0; si < c.sampleCounts().length; si++) {
            int n = c.sampleCounts()[si];
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
      }
    }
    return new EstimatorAccuracyResult(c, rows, losses);
  }

  /** cos[sampleCountIndex][layer + 1][trial] for the running mean of batch estimates in each trial. */
  private static double[][][] cosines(Sbn net, Estimator est, List<double[]> xs, int[] ys, Gradient exact,
      EstimatorAccuracyConfig c, Rng rng) {
    int[] counts = c.sampleCounts();
    double[][][] out = new double[counts.length][net.layers() + 1][c.trials()];
    if (est.randomness() == Randomness.NONE) {
      // Every draw is the same value: the cosine is that of the value, for every N and trial.
      Gradient value = ExactMoments.of(net, est, xs, ys, 0, rng).mean();
      for (int si = 0; si < counts.length; si++) {
        for (int layer = -1; layer < net.layers(); layer++) {
          java.util.Arrays.fill(out[si][layer + 1], cosine(vector(value, layer), vector(exact, layer)));
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
                out[si][layer + 1][t] = cosine(vector(sum, layer), vector(exact, layer));
              }
            }
          }
        }
      }
    });
    return out;
  }

  static double[] vector(Gradient g, int layer) {
    return layer < 0 ? g.flatten() : g.layerVector(layer);
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += a[k] * b[k];
    }
    return s;
  }

  /** cos(a, b), 0 when either is the zero vector. */
  static double cosine(double[] a, double[] b) {
    double na = Math.sqrt(dot(a, a));
    double nb = Math.sqrt(dot(b, b));
    return na == 0 || nb == 0 ? 0.0 : dot(a, b) / (na * nb);
  }
}
