package dev.ste4j.nn.optim;

import dev.ste4j.nn.layer.Parameter;
import java.util.List;
import java.util.Map;

/**
 * Bop, the binary optimizer of Helwegen et al., "Latent Weights Do Not Exist: Rethinking Binarized Neural Network
 * Optimization" (NeurIPS 2019). It has no latent weights: each weight is ±1 and is flipped when an exponential moving
 * average of its gradient is strong enough and agrees in sign with the weight (a descent step would push it across 0).
 *
 * <pre>
 *   m ← (1 − γ·f)·m + γ·f·g               (adaptivity γ, schedule factor f)
 *   w ← −s(w)  if s(w)·m &gt; τ,  else  s(w)     (threshold τ; s(w) = +1 for w ≥ 0, else −1)
 * </pre>
 * The first step therefore also replaces any latent float weight by its sign (sign(0) = +1). Use Bop only for
 * parameters whose forward pass binarizes them (precision 1); give the rest to another optimizer through
 * {@link OptimizerAssignment}.
 */
public final class Bop extends SlotOptimizer {

  /** Bop's settings: the flip threshold τ and the moving average's rate γ. */
  public record Config(double threshold, double gamma) implements OptimizerConfig {
    @Override
    public Bop build(Map<String, Parameter> params) {
      return new Bop(params, threshold, gamma);
    }
  }

  /** Bop with this threshold and rate. */
  public static Config config(double threshold, double gamma) {
    return new Config(threshold, gamma);
  }

  private final double threshold;
  private final double gamma;

  public Bop(Map<String, Parameter> params, double threshold, double gamma) {
    super("bop", params, List.of("m"));
    if (!(threshold >= 0) || !(gamma > 0 && gamma <= 1)) {
      throw new IllegalArgumentException("bop: need threshold ≥ 0 and 0 < gamma ≤ 1; got threshold=" + threshold
          + " gamma=" + gamma);
    }
    this.threshold = threshold;
    this.gamma = gamma;
  }

  @Override
  void update(float[] w, float[] grad, float[][] slots, double rateFactor, long step, int from, int to) {
    float[] m = slots[0];
    double a = Math.min(1, gamma * rateFactor);
    for (int i = from; i < to; i++) {
      m[i] = (float) ((1 - a) * m[i] + a * grad[i]);
      float s = w[i] >= 0 ? 1f : -1f;
      w[i] = s * m[i] > threshold ? -s : s;
    }
  }

  @Override
  public String toString() {
    return "bop(threshold=" + threshold + ", gamma=" + gamma + ")";
  }
}
