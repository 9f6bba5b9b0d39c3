package dev.ste4j.lab.shekhovtsov2021;

/**
 * The empirical deterministic STE: forward the deterministic network (x = sign(a), w = sign(η), sign(0) = +1),
 * backward ∂x/∂a := 1 (identity) or 1{|a| ≤ 1} (clipped); the same for ∂w/∂η with Bernoulli weights.
 *
 * <p>Used as an estimator of the SBN's expected-loss gradient it has no variance and a bias that does not shrink with
 * more samples: the comparison the paper draws against the principled ST estimator.
 */
public final class DeterministicSte extends NamedEstimator {

  private final boolean clipped;

  /** @param clipped true for the backward 1{|a| ≤ 1}, false for the identity */
  public DeterministicSte(boolean clipped) {
    super(clipped ? "ste_clipped" : "ste_identity", Randomness.NONE);
    this.clipped = clipped;
  }

  private double factor(double a) {
    return !clipped || Math.abs(a) <= 1.0 ? 1.0 : 0.0;
  }

  @Override
  public void estimate(Sbn net, Sample s, Gradient out) {
    Sample det = net.deterministic(s.h[0], s.label);
    Backprop.withFactors(net, det, this::factor, this::factor, out);
  }
}
