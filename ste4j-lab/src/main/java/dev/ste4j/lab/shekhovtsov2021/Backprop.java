package dev.ste4j.lab.shekhovtsov2021;

import java.util.function.DoubleUnaryOperator;

/**
 * Backpropagation through one state of an SBN with given pseudo-derivatives: the common core of the ST family, and
 * what a new ST-like {@link Estimator} calls with its own factors.
 *
 * <p>δ_L = ∂ℓ/∂o (softmax(o) − e_y for cross-entropy); for each layer l from L down: ∂/∂b_l = δ_l,
 * ∂/∂W_l = δ_l h_lᵀ (times ∂w/∂η per weight when weights are Bernoulli); then δ_{l−1} = (W_lᵀ δ_l) ⊙ d_{l−1},
 * where d are the unit pseudo-derivatives ∂x/∂a chosen by the estimator (2F′(a) for ST, 1 for the identity STE, …)
 * and W_l the weights used by the state.
 */
public final class Backprop {

  private Backprop() {}

  /**
   * Backpropagates with factors that depend on each pre-activation alone: ∂x/∂a := unit(a) for every hidden unit of
   * the state and, when the weights are Bernoulli, ∂w/∂η := weight(η) for every latent weight.
   */
  public static void withFactors(Sbn net, Sample s, DoubleUnaryOperator unit, DoubleUnaryOperator weight,
      Gradient out) {
    double[][] d = new double[net.layers() - 1][];
    for (int l = 0; l < d.length; l++) {
      d[l] = new double[net.out(l)];
      for (int j = 0; j < d[l].length; j++) {
        d[l][j] = unit.applyAsDouble(s.a[l][j]);
      }
    }
    double[][] dw = null;
    if (net.hasStochasticWeights()) {
      dw = new double[net.layers()][];
      for (int l = 0; l < dw.length; l++) {
        double[] eta = net.weights(l);
        dw[l] = new double[eta.length];
        for (int k = 0; k < eta.length; k++) {
          dw[l][k] = weight.applyAsDouble(eta[k]);
        }
      }
    }
    run(net, s, d, dw, out);
  }

  /**
   * Overwrites out with the backpropagated gradient.
   *
   * @param unitDerivative per hidden layer l (0..L−1), ∂h_{l+1}/∂a_l for each unit
   * @param weightDerivative per layer, ∂w/∂η for each weight; null for real weights (∂w/∂w = 1)
   */
  public static void run(Sbn net, Sample s, double[][] unitDerivative, double[][] weightDerivative, Gradient out) {
    int layers = net.layers();
    double[] delta = new double[net.classes()];
    net.loss().valueAndGradient(s.logits(), s.label, delta);
    for (int l = layers - 1; l >= 0; l--) {
      int in = net.in(l);
      int outW = net.out(l);
      double[] gw = out.weights(l);
      double[] gb = out.biases(l);
      double[] h = s.h[l];
      double[] wl = s.w[l];
      double[] dw = weightDerivative == null ? null : weightDerivative[l];
      for (int j = 0; j < outW; j++) {
        gb[j] = delta[j];
        int base = j * in;
        for (int i = 0; i < in; i++) {
          double g = delta[j] * h[i];
          gw[base + i] = dw == null ? g : g * dw[base + i];
        }
      }
      if (l > 0) {
        double[] next = new double[in];
        double[] d = unitDerivative[l - 1];
        for (int i = 0; i < in; i++) {
          double gh = 0;
          for (int j = 0; j < outW; j++) {
            gh += wl[j * in + i] * delta[j];
          }
          next[i] = gh * d[i];
        }
        delta = next;
      }
    }
  }
}
