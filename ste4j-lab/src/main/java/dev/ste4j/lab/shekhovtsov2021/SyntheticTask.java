package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.tensor.random.Rng;

/**
 * A synthetic classification task: inputs x ~ N(0, I), labels argmax_k (V tanh(U x))_k from a random two-layer
 * teacher (U: hidden×dims and V: classes×hidden with N(0, 1/fan-in) entries). Nonlinear but learnable; fully
 * determined by the seed.
 */
public final class SyntheticTask {

  private SyntheticTask() {}

  /** {@code rows} examples; the teacher comes from {@code teacherSeed}, the inputs from {@code seed}. */
  public static LabeledData generate(int rows, int dims, int classes, long teacherSeed, long seed) {
    int hidden = 2 * dims;
    Rng t = new Rng(teacherSeed);
    double[] u = new double[hidden * dims];
    double[] v = new double[classes * hidden];
    for (int k = 0; k < u.length; k++) {
      u[k] = t.nextGaussian() * 2.0 / Math.sqrt(dims);
    }
    for (int k = 0; k < v.length; k++) {
      v[k] = t.nextGaussian() / Math.sqrt(hidden);
    }
    Rng r = new Rng(seed);
    float[] f = new float[rows * dims];
    int[] labels = new int[rows];
    double[] h = new double[hidden];
    for (int i = 0; i < rows; i++) {
      for (int d = 0; d < dims; d++) {
        f[i * dims + d] = (float) r.nextGaussian();
      }
      for (int j = 0; j < hidden; j++) {
        double s = 0;
        for (int d = 0; d < dims; d++) {
          s += u[j * dims + d] * f[i * dims + d];
        }
        h[j] = Math.tanh(s);
      }
      int best = 0;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < classes; k++) {
        double s = 0;
        for (int j = 0; j < hidden; j++) {
          s += v[k * hidden + j] * h[j];
        }
        if (s > bestScore) {
          bestScore = s;
          best = k;
        }
      }
      labels[i] = best;
    }
    return new LabeledData("synthetic(dims=" + dims + ", classes=" + classes + ")", f, labels, rows, dims, classes);
  }
}
