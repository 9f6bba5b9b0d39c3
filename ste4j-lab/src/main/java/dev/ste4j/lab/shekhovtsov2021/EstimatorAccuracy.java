package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.lab.sweep.LocalEngine;
import dev.ste4j.lab.sweep.SweepResults;
import dev.ste4j.tensor.kernel.Parallel;
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
 *
 * <p>The (snapshot, estimator) pairs are the cells of an {@link EstimatorAccuracySweep}, so {@code ste sweep} runs the
 * same grid on any engine.
 */
public final class EstimatorAccuracy {

  private EstimatorAccuracy() {}

  public static EstimatorAccuracyResult run(EstimatorAccuracyConfig c) {
    return run(c, Estimators.standard(c.temperature()));
  }

  /** Runs every (snapshot, estimator) cell of {@link EstimatorAccuracySweep} on this process's kernel threads. */
  public static EstimatorAccuracyResult run(EstimatorAccuracyConfig c, List<Estimator> estimators) {
    EstimatorAccuracySweep sweep = new EstimatorAccuracySweep(c, estimators);
    return assemble(c, SweepResults.run(sweep, new LocalEngine(Parallel.threads()), null));
  }

  /**
   * The result from every cell's measurements in {@link EstimatorAccuracySweep}'s cell order (snapshots outer,
   * estimators inner), however they were run; the expected loss at each snapshot is that of its rows.
   */
  public static EstimatorAccuracyResult assemble(EstimatorAccuracyConfig c,
                                                 List<EstimatorAccuracySweep.Measured> cells) {
    int snapshots = c.snapshots().length;
    if (cells.isEmpty() || cells.size() % snapshots != 0) {
      throw new IllegalArgumentException("the experiment has " + snapshots + " snapshots per estimator, got "
          + cells.size() + " cells");
    }
    int perSnapshot = cells.size() / snapshots;
    List<AccuracyRow> rows = new ArrayList<>();
    List<double[]> losses = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      List<AccuracyRow> r = cells.get(i).rows();
      if (i % perSnapshot == 0) {
        losses.add(new double[] {r.get(0).step(), r.get(0).expectedLoss()});
      }
      rows.addAll(r);
    }
    return new EstimatorAccuracyResult(c, rows, losses);
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
