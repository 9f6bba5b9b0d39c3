package dev.ste4j.lab.shekhovtsov2021;

import java.util.function.DoubleUnaryOperator;

/**
 * Hard ST: forward the sampled state, backward ∂x/∂a := 1{|a| ≤ 1} (and ∂w/∂η := 1{|η| ≤ 1} for Bernoulli weights).
 *
 * <p>This is the saturated STE of Hubara et al. (2016) applied to a stochastic network. It equals the principled ST
 * factor 2F′(a) exactly for uniform noise on [−1, 1] (where F′ = 1/2 inside the interval, with the kinks |a| = 1
 * counted inside); with any other noise it is a mismatched factor, and the lab measures the bias that causes.
 */
public final class HardStraightThrough extends SampledStateSte {

  public HardStraightThrough() {
    super("hard_st");
  }

  @Override
  DoubleUnaryOperator unitFactor(Sbn net) {
    return HardStraightThrough::saturated;
  }

  @Override
  DoubleUnaryOperator weightFactor(Sbn net) {
    return HardStraightThrough::saturated;
  }

  /** 1{|v| ≤ 1}, the kinks counted inside. */
  private static double saturated(double v) {
    return Math.abs(v) <= 1.0 ? 1.0 : 0.0;
  }
}
