package dev.ste4j.nn.optim;

import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.tensor.kernel.AdamCoefficients;
import dev.ste4j.tensor.kernel.KernelProvider;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma and Ba, 2015) and AdamW (Loshchilov and Hutter, 2019), which decouples weight decay from the gradient.
 *
 * <pre>
 *   t ← t + 1
 *   g ← ∇w (+ λ·w for Adam's L2 decay)
 *   m ← β₁·m + (1−β₁)·g,   v ← β₂·v + (1−β₂)·g²
 *   w ← w·(1 − η·f·λ)                     (AdamW only, before the Adam step)
 *   w ← w − η·f · (m / (1−β₁ᵗ)) / (√(v / (1−β₂ᵗ)) + ε)
 * </pre>
 * Per-element arithmetic in double, stored as float, in the engine's Adam kernel ({@link AdamCoefficients}): vector
 * and scalar kernels give bitwise the same weights.
 */
public final class Adam extends SlotOptimizer {

  /** Adam's settings; {@code decoupled} makes it AdamW. */
  public record Config(double lr, double beta1, double beta2, double eps, double weightDecay, boolean decoupled)
      implements OptimizerConfig {
    @Override
    public String name() {
      return decoupled ? "adamw" : "adam";
    }

    /** The components but {@code decoupled}, which the name says. */
    @Override
    public Map<String, Object> settings() {
      Map<String, Object> out = OptimizerConfig.super.settings();
      out.remove("decoupled");
      return out;
    }

    @Override
    public Adam build(Map<String, Parameter> params) {
      return new Adam(params, lr, beta1, beta2, eps, weightDecay, decoupled);
    }

    @Override
    public Config withLearningRate(double rate) {
      return new Config(rate, beta1, beta2, eps, weightDecay, decoupled);
    }
  }

  /** Adam with this learning rate and the defaults beta1 0.9, beta2 0.999, eps 1e-8, no weight decay. */
  public static Config config(double lr) {
    return new Config(lr, 0.9, 0.999, 1e-8, 0, false);
  }

  /** AdamW with this learning rate, the defaults of {@link #config} and decoupled weight decay 0.01. */
  public static Config adamw(double lr) {
    return new Config(lr, 0.9, 0.999, 1e-8, 0.01, true);
  }

  /** The settings, kept as the typed config they were built from. */
  private final Config config;

  public Adam(Map<String, Parameter> params, double lr, double beta1, double beta2, double eps, double weightDecay,
              boolean decoupled) {
    super(decoupled ? "adamw" : "adam", params, List.of("m", "v"));
    if (!(lr > 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(eps > 0)
        || !(weightDecay >= 0)) {
      throw new IllegalArgumentException(name() + ": need lr > 0, 0 ≤ beta1, beta2 < 1, eps > 0, weight_decay ≥ 0;"
          + " got lr=" + lr + " beta1=" + beta1 + " beta2=" + beta2 + " eps=" + eps + " weight_decay=" + weightDecay);
    }
    this.config = new Config(lr, beta1, beta2, eps, weightDecay, decoupled);
  }

  @Override
  void update(float[] w, float[] grad, float[][] slots, double rateFactor, long step, int from, int to) {
    float[] m = slots[0];
    float[] v = slots[1];
    double beta1 = config.beta1();
    double beta2 = config.beta2();
    double eps = config.eps();
    double weightDecay = config.weightDecay();
    boolean decoupled = config.decoupled();
    double rate = config.lr() * rateFactor;
    double bc1 = 1 - Math.pow(beta1, step);
    double bc2 = 1 - Math.pow(beta2, step);
    double shrink = decoupled ? 1 - rate * weightDecay : 1;
    double l2 = decoupled ? 0 : weightDecay;
    AdamCoefficients c = new AdamCoefficients(beta1, beta2, l2, shrink, rate, bc1, bc2, eps);
    KernelProvider.kernels().adamStep(c, w, grad, m, v, from, to);
  }

  @Override
  public String toString() {
    return name() + "(lr=" + config.lr() + ", beta1=" + config.beta1() + ", beta2=" + config.beta2() + ", eps="
        + config.eps() + ", weight_decay=" + config.weightDecay() + ")";
  }
}
