package dev.ste4j.nn.optim;

import dev.ste4j.nn.layer.Parameter;
import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent with optional heavy-ball or Nesterov momentum and L2 weight decay (the PyTorch
 * formulation, without dampening).
 *
 * <pre>
 *   g ← ∇w + λ·w                          (weight decay λ)
 *   v ← μ·v + g                           (momentum μ; v starts at 0)
 *   d ← g + μ·v  (Nesterov)  or  v  (heavy ball)  or  g  (μ = 0)
 *   w ← w − η·f·d                         (learning rate η, schedule factor f)
 * </pre>
 * Arithmetic is in double per element, rounded to float once when stored.
 */
public final class Sgd extends SlotOptimizer {

  /** SGD's settings. */
  public record Config(double lr, double momentum, boolean nesterov, double weightDecay) implements OptimizerConfig {
    @Override
    public Sgd build(Map<String, Parameter> params) {
      return new Sgd(params, lr, momentum, nesterov, weightDecay);
    }

    @Override
    public Config withLearningRate(double rate) {
      return new Config(rate, momentum, nesterov, weightDecay);
    }
  }

  /** Plain SGD with this learning rate: no momentum, no weight decay. */
  public static Config config(double lr) {
    return new Config(lr, 0, false, 0);
  }

  private final double lr;
  private final double momentum;
  private final boolean nesterov;
  private final double weightDecay;

  public Sgd(Map<String, Parameter> params, double lr, double momentum, boolean nesterov, double weightDecay) {
    super("sgd", params, List.of("velocity"));
    if (!(lr > 0) || !(momentum >= 0 && momentum < 1) || !(weightDecay >= 0)) {
      throw new IllegalArgumentException("sgd: need lr > 0, 0 ≤ momentum < 1, weight_decay ≥ 0; got lr=" + lr
          + " momentum=" + momentum + " weight_decay=" + weightDecay);
    }
    if (nesterov && momentum == 0) {
      throw new IllegalArgumentException("sgd: nesterov needs a momentum > 0");
    }
    this.lr = lr;
    this.momentum = momentum;
    this.nesterov = nesterov;
    this.weightDecay = weightDecay;
  }

  @Override
  void update(float[] w, float[] grad, float[][] slots, double rateFactor, long step, int from, int to) {
    float[] v = slots[0];
    double rate = lr * rateFactor;
    for (int i = from; i < to; i++) {
      double g = grad[i] + weightDecay * w[i];
      double d = g;
      if (momentum != 0) {
        v[i] = (float) (momentum * v[i] + g);
        d = nesterov ? g + momentum * v[i] : v[i];
      }
      w[i] = (float) (w[i] - rate * d);
    }
  }

  @Override
  public String toString() {
    return "sgd(lr=" + lr + ", momentum=" + momentum + ", nesterov=" + nesterov + ", weight_decay=" + weightDecay + ")";
  }
}
