package dev.ste4j.lab.shekhovtsov2021;

import java.util.function.DoubleUnaryOperator;

/**
 * An ST-type estimator: backpropagation through the sampled state with a backward factor ∂x/∂a for every hidden unit
 * and ∂w/∂η for Bernoulli weights. Subclasses differ only in those two factors, so the state is all they read.
 */
abstract class SampledStateSte extends NamedEstimator {

  SampledStateSte(String name) {
    super(name, Randomness.STATE);
  }

  /** ∂x/∂a as a function of the pre-activation a. */
  abstract DoubleUnaryOperator unitFactor(Sbn net);

  /** ∂w/∂η as a function of the latent logit η; applied only when net has Bernoulli weights. */
  abstract DoubleUnaryOperator weightFactor(Sbn net);

  @Override
  public final void estimate(Sbn net, Sample s, Gradient out) {
    Backprop.withFactors(net, s, unitFactor(net), weightFactor(net), out);
  }
}
