package dev.ste4j.lab.jeong2025;

import dev.ste4j.tensor.random.Rng;

/**
 * Runs the STE-gradient method of {@link MethodConfig} on one sample and tracks the last and averaged iterates.
 *
 * <p>Each step evaluates the coarse gradient at (Q(w_t), v_t), moves w (and v when trained) by −η times it, and records
 * d_{t+1}. The coarse gradient depends on w only through Q(w), so while v is fixed and no sign flips the previous
 * gradient is reused: this is exact (the same numbers the evaluation would produce) and is why long runs are cheap.
 */
public final class SteGradientMethod {

  private SteGradientMethod() {}

  /**
   * Runs T iterations.
   *
   * @param init the stream for w₀ and v₀ (drawn in that order when Gaussian)
   * @param keepTrace whether to return d_0 … d_T
   */
  public static TrialOutcome run(ModelConfig model, MethodConfig method, Teacher teacher, Sample sample, Rng init,
                                 boolean keepTrace) {
    int n = model.dimension();
    int m = model.rows();
    int steps = method.iterations();
    double eta = method.stepSize();
    double[] w = new double[n];
    float[] v = teacher.secondLayer();
    if (method.initialization() == Initialization.GAUSSIAN) {
      for (int j = 0; j < n; j++) {
        w[j] = method.initScale() * init.nextGaussian();
      }
    }
    if (method.trainSecondLayer()) {
      for (int i = 0; i < m; i++) {
        v[i] = method.initialization() == Initialization.GAUSSIAN
            ? (float) (method.initScale() * init.nextGaussian()) : 0f;
      }
    }
    float[] u = new float[n];
    quantize(w, u);
    double[] sum = new double[n];
    float[] gw = new float[n];
    float[] gv = method.trainSecondLayer() ? new float[m] : null;
    CoarseGradient kernel = new CoarseGradient(sample, model.activation(), method.ste(), method.absoluteClip(n));
    int[] trace = keepTrace ? new int[steps + 1] : null;

    int d = teacher.distance(u);
    if (trace != null) {
      trace[0] = d;
    }
    int firstHit = d == 0 ? 0 : -1;
    int atOptimum = 0;
    int departures = 0;
    int returns = 0;
    long excursionTotal = 0;
    int departedAt = -1;
    boolean stale = true;
    for (int t = 1; t <= steps; t++) {
      if (stale || gv != null) {
        kernel.evaluate(u, v, gw, gv);
      }
      for (int j = 0; j < n; j++) {
        w[j] -= eta * gw[j];
      }
      if (gv != null) {
        for (int i = 0; i < m; i++) {
          v[i] -= (float) (eta * gv[i]);
        }
      }
      stale = quantize(w, u);
      for (int j = 0; j < n; j++) {
        sum[j] += w[j];
      }
      int next = stale ? teacher.distance(u) : d;
      if (next == 0) {
        atOptimum++;
        if (firstHit < 0) {
          firstHit = t;
        } else if (d > 0) {
          returns++;
          excursionTotal += t - departedAt;
        }
      } else if (d == 0) {
        departures++;
        departedAt = t;
      }
      d = next;
      if (trace != null) {
        trace[t] = d;
      }
    }
    float[] averaged = new float[n];
    quantize(sum, averaged);
    int averagedDistance = teacher.distance(averaged);
    double meanReturn = returns == 0 ? Double.NaN : (double) excursionTotal / returns;
    return new TrialOutcome(d == 0, averagedDistance == 0, d, averagedDistance, firstHit, atOptimum, departures,
        returns, meanReturn, kernel.evaluations(), kernel.flops(), kernel.nanos(), trace);
  }

  /** u = Q(w) = sign(w) with sign(0) = +1; returns whether any entry changed. */
  static boolean quantize(double[] w, float[] u) {
    boolean changed = false;
    for (int j = 0; j < w.length; j++) {
      float q = w[j] >= 0 ? 1f : -1f;
      if (q != u[j]) {
        u[j] = q;
        changed = true;
      }
    }
    return changed;
  }
}
