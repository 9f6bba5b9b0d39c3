package dev.ste4j.lab.shekhovtsov2021;

/**
 * The Concrete / Gumbel-softmax relaxation with temperature τ relative to the noise scale s: with the same noise z as
 * the sampled state, each unit becomes x̃ = tanh((a − z)/(2τs)) (and each Bernoulli weight w̃ = tanh((η − z_w)/(2τs_w))
 * with the weight noise's scale); the loss of the relaxed network is differentiated exactly, with
 * ∂x̃/∂a = (1 − x̃²)/(2τs).
 *
 * <p>Stating τ in units of s makes one τ mean the same smoothing at every noise scale: the relaxation's width is τ
 * times the width of the noise. For logistic noise of scale s this is exactly the binary Concrete distribution
 * (two-class Gumbel-softmax, whose Gumbel difference is logistic) with temperature τ, mapped to ±1. For uniform noise
 * on [−s, s] it is not a Concrete distribution (no Gumbel variable is behind it): it is the same sign unit with its
 * step smoothed by tanh over a width of about τs, driven by the uniform noise — a relaxation of the uniform-noise SBN
 * that is exact only in the limit. As τ → 0, x̃ → sign(a − z) for both. It is biased for the expected loss of the
 * discrete network at every τ &gt; 0, and its value depends on the continuous noise, so its expectation is estimated
 * by Monte Carlo ({@link Randomness#NOISE}).
 */
public final class Concrete extends NamedEstimator {

  private final double temperature;

  public Concrete(double temperature) {
    super("concrete:" + checked(temperature), Randomness.NOISE);
    this.temperature = temperature;
  }

  private static double checked(double temperature) {
    if (!(temperature > 0) || Double.isInfinite(temperature)) {
      throw new IllegalArgumentException("concrete temperature must be positive and finite, got " + temperature);
    }
    return temperature;
  }

  /** τ, in units of the noise scale. */
  public double temperature() {
    return temperature;
  }

  @Override
  public void estimate(Sbn net, Sample s, Gradient out) {
    if (!s.hasNoise()) {
      throw new IllegalArgumentException("the concrete relaxation needs a drawn sample carrying its noise");
    }
    double twoTau = 2.0 * temperature * net.noise().scale();
    double twoTauW = net.hasStochasticWeights() ? 2.0 * temperature * net.weightNoise().scale() : 0.0;
    Sample r = Sample.allocate(net, s.label);
    System.arraycopy(s.h[0], 0, r.h[0], 0, r.h[0].length);
    double[][] d = new double[net.layers() - 1][];
    double[][] dw = net.hasStochasticWeights() ? new double[net.layers()][] : null;
    for (int l = 0; l < net.layers(); l++) {
      double[] eta = net.weights(l);
      if (dw == null) {
        System.arraycopy(eta, 0, r.w[l], 0, eta.length);
      } else {
        dw[l] = new double[eta.length];
        for (int k = 0; k < eta.length; k++) {
          double t = Math.tanh((eta[k] - s.weightNoise[l][k]) / twoTauW);
          r.w[l][k] = t;
          dw[l][k] = (1.0 - t * t) / twoTauW;
        }
      }
      if (l < net.layers() - 1) {
        d[l] = new double[net.out(l)];
      }
      for (int j = 0; j < net.out(l); j++) {
        double a = r.preActivation(net, l, j);
        r.a[l][j] = a;
        if (l < net.layers() - 1) {
          double t = Math.tanh((a - s.unitNoise[l][j]) / twoTau);
          r.h[l + 1][j] = t;
          d[l][j] = (1.0 - t * t) / twoTau;
        }
      }
    }
    Backprop.run(net, r, d, dw, out);
  }
}
