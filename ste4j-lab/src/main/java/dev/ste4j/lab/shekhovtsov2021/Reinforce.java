package dev.ste4j.lab.shekhovtsov2021;

/**
 * REINFORCE (score function): ĝ = (ℓ(s) − β)·∇ log P(s) + ∇ℓ(s), unbiased for any β that does not depend on s.
 *
 * <p>∇ log P(s) collects the unit scores x·F′(a)/F(x·a) (times the layer input for real weights) and, for Bernoulli
 * weights, w·F_w′(η)/F_w(w·η); ∇ℓ(s) is the pathwise part, non-zero only for the output layer's real weights and
 * the biases of the output layer. The baseline β is either 0 or the loss of the deterministic network on the same
 * example, which depends on the parameters but not on the sample, so the estimator stays unbiased.
 */
public final class Reinforce extends NamedEstimator {

  private final boolean baseline;

  /** @param baseline true to subtract the deterministic network's loss, false for β = 0 */
  public Reinforce(boolean baseline) {
    super(baseline ? "reinforce" : "reinforce_no_baseline", Randomness.STATE);
    this.baseline = baseline;
  }

  @Override
  public void estimate(Sbn net, Sample s, Gradient out) {
    int last = net.layers() - 1;
    double[] delta = new double[net.classes()];
    double loss = net.loss().valueAndGradient(s.logits(), s.label, delta);
    double c = loss - (baseline ? net.deterministic(s.h[0], s.label).loss() : 0.0);
    Noise wn = net.weightNoise();
    for (int l = 0; l <= last; l++) {
      int in = net.in(l);
      double[] gw = out.weights(l);
      double[] gb = out.biases(l);
      double[] h = s.h[l];
      double[] eta = net.weights(l);
      for (int j = 0; j < net.out(l); j++) {
        // Hidden units contribute their score; the output layer is deterministic given its input: pathwise δ.
        double unit = l < last ? c * net.noise().score((int) s.h[l + 1][j], s.a[l][j]) : delta[j];
        gb[j] = unit;
        int base = j * in;
        for (int i = 0; i < in; i++) {
          gw[base + i] = wn == null
              ? unit * h[i]
              : c * wn.score((int) s.w[l][base + i], eta[base + i]);
        }
      }
    }
  }
}
