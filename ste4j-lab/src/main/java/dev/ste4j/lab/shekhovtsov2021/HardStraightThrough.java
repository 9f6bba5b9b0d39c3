package dev.ste4j.lab.shekhovtsov2021;

/**
 * Hard ST: forward the sampled state, backward ∂x/∂a := 1{|a| ≤ 1} (and ∂w/∂η := 1{|η| ≤ 1} for Bernoulli weights).
 *
 * <p>This is the saturated STE of Hubara et al. (2016) applied to a stochastic network. It equals the principled ST
 * factor 2F′(a) exactly for uniform noise on [−1, 1] (where F′ = 1/2 inside the interval, with the kinks |a| = 1
 * counted inside); with any other noise it is a mismatched factor, and the lab measures the bias that causes.
 */
public final class HardStraightThrough implements Estimator {

  @Override
  public String name() {
    return "hard_st";
  }

  @Override
  public Randomness randomness() {
    return Randomness.STATE;
  }

  @Override
  public void estimate(Sbn net, Sample s, Gradient out) {
    double[][] d = new double[net.layers() - 1][];
    for (int l = 0; l < d.length; l++) {
      d[l] = new double[net.out(l)];
      for (int j = 0; j < d[l].length; j++) {
        d[l][j] = Math.abs(s.a[l][j]) <= 1.0 ? 1.0 : 0.0;
      }
    }
    double[][] dw = null;
    if (net.hasStochasticWeights()) {
      dw = new double[net.layers()][];
      for (int l = 0; l < dw.length; l++) {
        double[] eta = net.weights(l);
        dw[l] = new double[eta.length];
        for (int k = 0; k < eta.length; k++) {
          dw[l][k] = Math.abs(eta[k]) <= 1.0 ? 1.0 : 0.0;
        }
      }
    }
    Backprop.run(net, s, d, dw, out);
  }

  @Override
  public String toString() {
    return name();
  }
}
