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
    Backprop.withFactors(net, s, HardStraightThrough::saturated, HardStraightThrough::saturated, out);
  }

  /** 1{|v| ≤ 1}, the kinks counted inside. */
  private static double saturated(double v) {
    return Math.abs(v) <= 1.0 ? 1.0 : 0.0;
  }

  @Override
  public String toString() {
    return name();
  }
}
