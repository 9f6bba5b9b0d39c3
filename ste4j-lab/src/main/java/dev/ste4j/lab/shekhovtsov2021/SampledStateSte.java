package dev.ste4j.lab.shekhovtsov2021;

import java.util.function.DoubleUnaryOperator;

/**
 * An ST-type estimator: backpropagation through the sampled state with a backward factor ∂x/∂a for every hidden unit
 * and ∂w/∂η for Bernoulli weights. Subclasses differ only in those two factors, so the state is all they read.
 */
abstract class SampledStateSte implements Estimator {

  private final String name;

  SampledStateSte(String name) {
    this.name = name;
  }

  /** ∂x/∂a as a function of the pre-activation a. */
  abstract DoubleUnaryOperator unitFactor(Sbn net);

  /** ∂w/∂η as a function of the latent logit η; applied only when net has Bernoulli weights. */
  abstract DoubleUnaryOperator weightFactor(Sbn net);

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Randomness randomness() {
    return Randomness.STATE;
  }

  @Override
  public final void estimate(Sbn net, Sample s, Gradient out) {
    Backprop.withFactors(net, s, unitFactor(net), weightFactor(net), out);
  }

  @Override
  public String toString() {
    return name;
  }
}
