package dev.ste4j.lab.shekhovtsov2021;

/**
 * ARM, augment–REINFORCE–merge (Yin &amp; Zhou 2019), for every group of binary variables of an SBN: the hidden units
 * of one layer, or the Bernoulli weights of one layer.
 *
 * <p>A variable is x = +1 iff u ≤ F(a), with u = F₀(z/s) the uniform behind its noise. For a group with uniforms u,
 * the antithetic state uses 1 − u, which for symmetric noise is the noise −z: the same network with that group's noise
 * negated and every other noise kept. Per variable j of the group,
 * ĝ_{a_j} = (u_j − ½)·(ℓ(−z) − ℓ(z))·F′(a_j)/(F(a_j)(1 − F(a_j))); the last factor is 1 for logistic noise and
 * turns the logistic ARM into an unbiased estimator for any symmetric noise (it is 0 where F(a) ∈ {0, 1}: the state
 * is then certain and both terms agree). The merge of the two REINFORCE-like terms at u and 1 − u is unbiased for
 * ∂E[ℓ]/∂a_j; the layer below and the layers above keep their own draws (the layers above are the same draws in both
 * terms), which leaves each term unbiased. Then ∂/∂b_j = ĝ_{a_j}, ∂/∂W_ji = ĝ_{a_j}·h_i (real weights, h the sampled
 * input of the layer), and Bernoulli weights get ĝ_η from their own group. The output layer has no noise of its own:
 * its biases (and real weights) get the pathwise δ.
 *
 * <p>The value depends on the continuous noise, not only on the state, so its expectation is a flagged Monte Carlo
 * estimate in {@link ExactMoments} ({@link Randomness#NOISE}); one estimate costs one extra forward pass per group.
 */
public final class Arm extends NamedEstimator {

  public Arm() {
    super("arm", Randomness.NOISE);
  }

  @Override
  public void estimate(Sbn net, Sample s, Gradient out) {
    if (!s.hasNoise() || (net.hasStochasticWeights() && s.weightNoise == null)) {
      throw new IllegalArgumentException("ARM needs a drawn sample carrying its noise");
    }
    int last = net.layers() - 1;
    double loss = s.loss();
    double[] x = s.h[0];
    double[] delta = new double[net.classes()];
    net.loss().valueAndGradient(s.logits(), s.label, delta);
    for (int l = 0; l <= last; l++) {
      int in = net.in(l);
      double[] gb = out.biases(l);
      double[] gw = out.weights(l);
      double[] h = s.h[l];
      if (l < last) {
        double diff = antitheticLoss(net, s, x, -1, l) - loss;
        for (int j = 0; j < net.out(l); j++) {
          gb[j] = diff * weight(net.noise(), s.unitNoise[l][j], s.a[l][j]);
        }
      } else {
        System.arraycopy(delta, 0, gb, 0, gb.length);
      }
      if (net.hasStochasticWeights()) {
        double diff = antitheticLoss(net, s, x, l, -1) - loss;
        double[] eta = net.weights(l);
        for (int k = 0; k < gw.length; k++) {
          gw[k] = diff * weight(net.weightNoise(), s.weightNoise[l][k], eta[k]);
        }
      } else {
        for (int j = 0; j < net.out(l); j++) {
          for (int i = 0; i < in; i++) {
            gw[j * in + i] = gb[j] * h[i];
          }
        }
      }
    }
  }

  /** (u − ½)·F′(a)/(F(a)(1 − F(a))) with u = F(z): the ARM factor of one variable. */
  static double weight(Noise noise, double z, double a) {
    double f = noise.cdf(a);
    double v = f * (1 - f);
    if (v == 0) {
      return 0;
    }
    return (noise.cdf(z) - 0.5) * noise.density(a) / v;
  }

  /** The loss with the noise of one group negated: the weights of layer wl (≥ 0) or the units of layer ul. */
  private static double antitheticLoss(Sbn net, Sample s, double[] x, int wl, int ul) {
    double[][] zw = s.weightNoise == null ? null : s.weightNoise.clone();
    double[][] zu = s.unitNoise.clone();
    if (wl >= 0) {
      zw[wl] = negated(zw[wl]);
    }
    if (ul >= 0) {
      zu[ul] = negated(zu[ul]);
    }
    return net.forward(x, s.label, zw, zu).loss();
  }

  private static double[] negated(double[] v) {
    double[] n = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      n[i] = -v[i];
    }
    return n;
  }
}
