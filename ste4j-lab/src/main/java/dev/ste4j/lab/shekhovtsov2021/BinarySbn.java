package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.tensor.random.Rng;

/**
 * A trainable SBN with binary weights and binary activations, for the latent-weight experiment.
 *
 * <p>Layer l computes a = c_l·(W h) + b with W ∈ {±1}^{out×in} drawn from the latent weights η by the
 * {@link LatentRule} (P(w = +1) = θ(η)), a fixed scale c_l = gain/sqrt(in) that sets the pre-activations' size
 * against the unit noise without batch normalization (gain 1: order one, so most units are nearly fair coins; a larger
 * gain makes them more deterministic), and real biases b. Hidden units are x = sign(a − z) with logistic noise; the last
 * layer gives softmax logits. Training draws one weight sample per minibatch and one noise sample per example, and
 * backpropagates with the ST estimator (∂x/∂a := 2F′(a)) to get ∂ℓ/∂w, which the rule turns into a step on η.
 */
final class BinarySbn {

  final int[] widths;
  final double[][] eta;
  final double[][] bias;
  final LatentRule rule;
  final Noise noise = Noise.logistic();
  private final double[] scale;

  /** Initial θ = P(w = +1) uniform in [0.5 − spread, 0.5 + spread], the same draws for every rule. */
  BinarySbn(int[] widths, LatentRule rule, double spread, double gain, Rng rng) {
    this.widths = widths.clone();
    this.rule = rule;
    int layers = widths.length - 1;
    eta = new double[layers][];
    bias = new double[layers][];
    scale = new double[layers];
    for (int l = 0; l < layers; l++) {
      eta[l] = new double[widths[l + 1] * widths[l]];
      bias[l] = new double[widths[l + 1]];
      scale[l] = gain / Math.sqrt(widths[l]);
      for (int k = 0; k < eta[l].length; k++) {
        eta[l][k] = rule.fromProbability(0.5 + spread * (2 * rng.nextDouble() - 1));
      }
    }
  }

  int layers() {
    return eta.length;
  }

  /** One draw of every weight: +1 with probability θ(η). */
  double[][] sampleWeights(Rng rng) {
    double[][] w = new double[layers()][];
    for (int l = 0; l < w.length; l++) {
      w[l] = new double[eta[l].length];
      for (int k = 0; k < w[l].length; k++) {
        w[l][k] = rng.nextDouble() < rule.probability(eta[l][k]) ? 1.0 : -1.0;
      }
    }
    return w;
  }

  /** The most likely weights, sign(η) with sign(0) = +1. */
  double[][] modeWeights() {
    double[][] w = new double[layers()][];
    for (int l = 0; l < w.length; l++) {
      w[l] = new double[eta[l].length];
      for (int k = 0; k < w[l].length; k++) {
        w[l][k] = Noise.sign(eta[l][k]);
      }
    }
    return w;
  }

  /**
   * Forward pass; fills h[l] (layer inputs, h[0] = x) and a[l] (pre-activations; a[L] are the logits). A null rng
   * means z = 0 (deterministic units).
   */
  void forward(double[] x, double[][] w, Rng rng, double[][] h, double[][] a) {
    h[0] = x;
    for (int l = 0; l < layers(); l++) {
      int in = widths[l];
      double[] hl = h[l];
      for (int j = 0; j < widths[l + 1]; j++) {
        double s = 0;
        int base = j * in;
        for (int i = 0; i < in; i++) {
          s += w[l][base + i] * hl[i];
        }
        a[l][j] = scale[l] * s + bias[l][j];
        if (l < layers() - 1) {
          h[l + 1][j] = Noise.sign(a[l][j] - (rng == null ? 0.0 : noise.sample(rng)));
        }
      }
    }
  }

  /**
   * One SGD step on a minibatch (rows idx[from..to) of xs): returns the mean sampled loss. η moves by the rule,
   * biases by plain SGD with biasLr.
   */
  double step(double[][] xs, int[] labels, int[] idx, int from, int to, Rng rng, double lr, double biasLr) {
    int layers = layers();
    double[][] w = sampleWeights(rng);
    double[][] gw = new double[layers][];
    double[][] gb = new double[layers][];
    double[][] h = new double[layers][];
    double[][] a = new double[layers][];
    for (int l = 0; l < layers; l++) {
      gw[l] = new double[w[l].length];
      gb[l] = new double[widths[l + 1]];
      a[l] = new double[widths[l + 1]];
      if (l > 0) {
        h[l] = new double[widths[l]];
      }
    }
    double inv = 1.0 / (to - from);
    double loss = 0;
    double[] delta = new double[widths[layers]];
    SoftmaxCrossEntropy ce = new SoftmaxCrossEntropy();
    for (int n = from; n < to; n++) {
      int e = idx[n];
      forward(xs[e], w, rng, h, a);
      loss += ce.valueAndGradient(a[layers - 1], labels[e], delta) * inv;
      double[] d = delta;
      for (int l = layers - 1; l >= 0; l--) {
        int in = widths[l];
        double[] hl = h[l];
        double c = scale[l];
        for (int j = 0; j < widths[l + 1]; j++) {
          double dj = d[j] * inv;
          gb[l][j] += dj;
          int base = j * in;
          for (int i = 0; i < in; i++) {
            gw[l][base + i] += dj * c * hl[i];
          }
        }
        if (l > 0) {
          double[] prev = new double[in];
          for (int j = 0; j < widths[l + 1]; j++) {
            int base = j * in;
            for (int i = 0; i < in; i++) {
              prev[i] += c * w[l][base + i] * d[j];
            }
          }
          for (int i = 0; i < in; i++) {
            prev[i] *= noise.stFactor(a[l - 1][i]);
          }
          d = prev;
        }
      }
    }
    for (int l = 0; l < layers; l++) {
      for (int k = 0; k < eta[l].length; k++) {
        eta[l][k] = rule.update(eta[l][k], gw[l][k], lr);
      }
      for (int j = 0; j < bias[l].length; j++) {
        bias[l][j] -= biasLr * gb[l][j];
      }
    }
    return loss;
  }

  /** The latent-weight diagnostic of the current η. */
  WeightStats weightStats() {
    return WeightStats.of(eta, rule);
  }
}
