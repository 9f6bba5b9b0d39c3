package dev.ste4j.lab.shekhovtsov2021;

/**
 * An independent reference for real-weight SBNs: loops over every hidden state as the bits of an integer, computes
 * P(s) as an explicit product, and evaluates the loss and the ST estimator with its own forward and backward pass.
 * Shares nothing with the enumeration code but the network's parameters.
 */
final class BruteForce {

  private BruteForce() {}

  static double cdf(Noise n, double a) {
    double t = a / n.scale();
    return n.kind() == NoiseKind.LOGISTIC ? 1.0 / (1.0 + Math.exp(-t)) : Math.min(1, Math.max(0, (t + 1) / 2));
  }

  static double stFactor(Noise n, double a) {
    double t = a / n.scale();
    if (n.kind() == NoiseKind.LOGISTIC) {
      double s = 1.0 / (1.0 + Math.exp(-t));
      return 2 * s * (1 - s) / n.scale();
    }
    return Math.abs(t) <= 1 ? 1.0 / n.scale() : 0.0;
  }

  static double crossEntropy(double[] o, int y) {
    double m = max(o);
    return m + Math.log(sumExp(o, m)) - o[y];
  }

  private static double max(double[] o) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : o) {
      m = Math.max(m, v);
    }
    return m;
  }

  /** Σ_k exp(o_k − m). */
  private static double sumExp(double[] o, double m) {
    double s = 0;
    for (double v : o) {
      s += Math.exp(v - m);
    }
    return s;
  }

  /** {expected loss, then the ST expectation flattened like Gradient.flatten()}. */
  static double[] expectedLossAndSt(Sbn net, double[] x, int y) {
    int layers = net.layers();
    int n = net.hiddenUnits();
    int params = net.weightCount();
    for (int l = 0; l < layers; l++) {
      params += net.out(l);
    }
    double[] result = new double[1 + params];
    for (long mask = 0; mask < 1L << n; mask++) {
      double p = 1;
      double[][] h = new double[layers + 1][];
      double[][] a = new double[layers][];
      h[0] = x.clone();
      int bit = 0;
      for (int l = 0; l < layers; l++) {
        a[l] = new double[net.out(l)];
        h[l + 1] = new double[net.out(l)];
        for (int j = 0; j < net.out(l); j++) {
          double s = net.biases(l)[j];
          for (int i = 0; i < net.in(l); i++) {
            s += net.weights(l)[j * net.in(l) + i] * h[l][i];
          }
          a[l][j] = s;
          if (l < layers - 1) {
            int v = ((mask >>> bit++) & 1) == 0 ? 1 : -1;
            h[l + 1][j] = v;
            p *= v == 1 ? cdf(net.noise(), s) : 1 - cdf(net.noise(), s);
          }
        }
      }
      if (p == 0) {
        continue;
      }
      double[] o = a[layers - 1];
      result[0] += p * crossEntropy(o, y);
      // ST backward: δ = softmax − e_y, then through each sign layer with 2F'(a).
      double m = max(o);
      double z = sumExp(o, m);
      double[] delta = new double[o.length];
      for (int k = 0; k < o.length; k++) {
        delta[k] = Math.exp(o[k] - m) / z - (k == y ? 1 : 0);
      }
      double[][] gw = new double[layers][];
      double[][] gb = new double[layers][];
      for (int l = layers - 1; l >= 0; l--) {
        gw[l] = new double[net.out(l) * net.in(l)];
        gb[l] = delta.clone();
        for (int j = 0; j < net.out(l); j++) {
          for (int i = 0; i < net.in(l); i++) {
            gw[l][j * net.in(l) + i] = delta[j] * h[l][i];
          }
        }
        if (l > 0) {
          double[] prev = new double[net.in(l)];
          for (int i = 0; i < net.in(l); i++) {
            for (int j = 0; j < net.out(l); j++) {
              prev[i] += net.weights(l)[j * net.in(l) + i] * delta[j];
            }
            prev[i] *= stFactor(net.noise(), a[l - 1][i]);
          }
          delta = prev;
        }
      }
      int o2 = 1;
      for (int l = 0; l < layers; l++) {
        for (double v : gw[l]) {
          result[o2++] += p * v;
        }
        for (double v : gb[l]) {
          result[o2++] += p * v;
        }
      }
    }
    return result;
  }

  /** Central finite differences of the exact expected loss over every parameter, flattened like Gradient. */
  static double[] finiteDifferenceGradient(Sbn net, double[] x, int y, double step) {
    Gradient shape = Gradient.zeros(net);
    for (int l = 0; l < net.layers(); l++) {
      for (double[][] arrays : new double[][][] {{net.weights(l), shape.weights(l)}, {net.biases(l), shape.biases(l)}}) {
        double[] param = arrays[0];
        for (int k = 0; k < param.length; k++) {
          double keep = param[k];
          param[k] = keep + step;
          double up = ExactGradient.of(net, x, y).expectedLoss();
          param[k] = keep - step;
          double down = ExactGradient.of(net, x, y).expectedLoss();
          param[k] = keep;
          arrays[1][k] = (up - down) / (2 * step);
        }
      }
    }
    return shape.flatten();
  }

  static double maxAbs(double[] v) {
    double m = 0;
    for (double d : v) {
      m = Math.max(m, Math.abs(d));
    }
    return m;
  }

  static double maxAbsDiff(double[] a, double[] b) {
    double m = 0;
    for (int i = 0; i < a.length; i++) {
      m = Math.max(m, Math.abs(a[i] - b[i]));
    }
    return m;
  }
}
