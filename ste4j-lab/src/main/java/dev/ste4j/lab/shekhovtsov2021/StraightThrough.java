package dev.ste4j.lab.shekhovtsov2021;

import java.util.function.DoubleUnaryOperator;

/**
 * The ST estimator with the principled factor (Shekhovtsov &amp; Yanush 2021): forward the sampled state, backward
 * ∂x/∂a := 2F′(a) = d/da E[x | a].
 *
 * <p>For one unit, d/da E[f(x)] = F′(a)(f(+1) − f(−1)) and ST replaces the difference by 2∂f/∂x at the sample, so
 * the estimator is exactly unbiased when the loss is affine in each unit and biased otherwise. Logistic noise gives
 * 2σ(a)(1 − σ(a)); uniform noise on [−s, s] gives 1{|a| ≤ s}/s. Bernoulli weights are units with pre-activation η:
 * ∂w/∂η := 2F_w′(η), an estimate of ∂E/∂η (the mirror-descent rule instead uses 2∂ℓ/∂w, see {@link LatentRule}).
 */
public final class StraightThrough extends SampledStateSte {

  public StraightThrough() {
    super("st");
  }

  @Override
  DoubleUnaryOperator unitFactor(Sbn net) {
    Noise noise = net.noise();
    return a -> noise.stFactor(a);
  }

  @Override
  DoubleUnaryOperator weightFactor(Sbn net) {
    return eta -> net.weightNoise().stFactor(eta);
  }
}
