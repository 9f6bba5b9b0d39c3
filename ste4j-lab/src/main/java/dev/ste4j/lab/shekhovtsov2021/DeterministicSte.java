package dev.ste4j.lab.shekhovtsov2021;

/**
 * The empirical deterministic STE: forward the deterministic network (x = sign(a), w = sign(η), sign(0) = +1),
 * backward ∂x/∂a := a {@link PseudoDerivative} (identity, clipped, tanh′ or ApproxSign′); the same for ∂w/∂η with
 * Bernoulli weights.
 *
 * <p>Used as an estimator of the SBN's expected-loss gradient it has no variance and a bias that does not shrink with
 * more samples: the comparison the paper draws against the principled ST estimator.
 */
public final class DeterministicSte extends NamedEstimator {

  private final PseudoDerivative proxy;

  /** @param clipped true for the backward 1{|a| ≤ 1}, false for the identity */
  public DeterministicSte(boolean clipped) {
    this(clipped ? PseudoDerivative.CLIPPED : PseudoDerivative.IDENTITY);
  }

  public DeterministicSte(PseudoDerivative proxy) {
    super(proxy.estimatorName(), Randomness.NONE);
    this.proxy = proxy;
  }

  public PseudoDerivative proxy() {
    return proxy;
  }

  @Override
  public void estimate(Sbn net, Sample s, Gradient out) {
    Sample det = net.deterministic(s.h[0], s.label);
    Backprop.withFactors(net, det, proxy::at, proxy::at, out);
  }
}
