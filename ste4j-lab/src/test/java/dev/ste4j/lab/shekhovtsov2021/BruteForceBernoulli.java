package dev.ste4j.lab.shekhovtsov2021;

/**
 * An independent reference for SBNs with Bernoulli weights: loops over every joint state of the weights and hidden
 * units as the bits of an integer, computes P(s) as an explicit product, and returns the expected loss, the exact
 * gradient by the score identity ∇E[ℓ] = Σ_s P(s)(ℓ(s)∇log P(s) + ∇ℓ(s)) and the ST expectation (∂x/∂a := 2F′(a),
 * ∂w/∂η := 2F_w′(η)), each with its own forward and backward pass. Uses BruteForce's CDF and ST factor only.
 */
final class BruteForceBernoulli {

  private BruteForceBernoulli() {}

  /** F′ from BruteForce's ST factor (2F′) halved. */
  private static double density(Noise n, double a) {
    return BruteForce.stFactor(n, a) / 2;
  }

  /** {expected loss}, then the exact gradient and then the ST expectation, each flattened like Gradient. */
  static double[][] expectedLossGradientAndSt(Sbn net, double[] x, int y) {
    int layers = net.layers();
    int wBits = net.weightCount();
    int bits = wBits + net.hiddenUnits();
    int params = wBits;
    for (int l = 0; l < layers; l++) {
      params += net.out(l);
    }
    double loss = 0;
    double[] grad = new double[params];
    double[] st = new double[params];
    Noise un = net.noise();
    Noise wn = net.weightNoise();
    for (long mask = 0; mask < 1L << bits; mask++) {
      double p = 1;
      int bit = 0;
      double[][] w = new double[layers][];
      double[][] wScore = new double[layers][];
      for (int l = 0; l < layers; l++) {
        double[] eta = net.weights(l);
        w[l] = new double[eta.length];
        wScore[l] = new double[eta.length];
        for (int k = 0; k < eta.length; k++) {
          int v = ((mask >>> bit++) & 1) == 0 ? 1 : -1;
          w[l][k] = v;
          double pv = v == 1 ? BruteForce.cdf(wn, eta[k]) : 1 - BruteForce.cdf(wn, eta[k]);
          p *= pv;
          wScore[l][k] = pv == 0 ? 0 : v * density(wn, eta[k]) / pv;
        }
      }
      double[][] h = new double[layers + 1][];
      double[][] a = new double[layers][];
      double[][] uScore = new double[layers][];
      h[0] = x.clone();
      for (int l = 0; l < layers; l++) {
        a[l] = new double[net.out(l)];
        h[l + 1] = new double[net.out(l)];
        uScore[l] = new double[net.out(l)];
        for (int j = 0; j < net.out(l); j++) {
          double s = net.biases(l)[j];
          for (int i = 0; i < net.in(l); i++) {
            s += w[l][j * net.in(l) + i] * h[l][i];
          }
          a[l][j] = s;
          if (l < layers - 1) {
            int v = ((mask >>> bit++) & 1) == 0 ? 1 : -1;
            h[l + 1][j] = v;
            double pv = v == 1 ? BruteForce.cdf(un, s) : 1 - BruteForce.cdf(un, s);
            p *= pv;
            uScore[l][j] = pv == 0 ? 0 : v * density(un, s) / pv;
          }
        }
      }
      if (p == 0) {
        continue;
      }
      double[] o = a[layers - 1];
      double ell = BruteForce.crossEntropy(o, y);
      loss += p * ell;
      double m = Double.NEGATIVE_INFINITY;
      for (double v : o) {
        m = Math.max(m, v);
      }
      double z = 0;
      for (double v : o) {
        z += Math.exp(v - m);
      }
      double[] delta = new double[o.length];
      for (int k = 0; k < o.length; k++) {
        delta[k] = Math.exp(o[k] - m) / z - (k == y ? 1 : 0);
      }
      // Exact: every weight's score; hidden biases through their unit's score; the output biases pathwise.
      int q = 0;
      for (int l = 0; l < layers; l++) {
        for (int k = 0; k < w[l].length; k++) {
          grad[q++] += p * ell * wScore[l][k];
        }
        for (int j = 0; j < net.out(l); j++) {
          grad[q++] += l < layers - 1 ? p * ell * uScore[l][j] : p * delta[j];
        }
      }
      // ST: backprop with 2F′(a) per unit and 2F_w′(η) per weight.
      double[][] gw = new double[layers][];
      double[][] gb = new double[layers][];
      double[] d = delta;
      for (int l = layers - 1; l >= 0; l--) {
        gw[l] = new double[w[l].length];
        gb[l] = d.clone();
        for (int j = 0; j < net.out(l); j++) {
          for (int i = 0; i < net.in(l); i++) {
            gw[l][j * net.in(l) + i] = d[j] * h[l][i] * BruteForce.stFactor(wn, net.weights(l)[j * net.in(l) + i]);
          }
        }
        if (l > 0) {
          double[] prev = new double[net.in(l)];
          for (int i = 0; i < net.in(l); i++) {
            for (int j = 0; j < net.out(l); j++) {
              prev[i] += w[l][j * net.in(l) + i] * d[j];
            }
            prev[i] *= BruteForce.stFactor(un, a[l - 1][i]);
          }
          d = prev;
        }
      }
      q = 0;
      for (int l = 0; l < layers; l++) {
        for (double v : gw[l]) {
          st[q++] += p * v;
        }
        for (double v : gb[l]) {
          st[q++] += p * v;
        }
      }
    }
    return new double[][] {{loss}, grad, st};
  }
}
