package dev.ste4j.nn.optim;

import dev.ste4j.nn.layer.Parameter;
import java.util.List;
import java.util.Map;

/**
 * Mirror descent for weights in [−1, 1] read as the means of Bernoulli (±1) variables, with the tanh mirror map of
 * Ajanthan et al., "Mirror Descent View for Neural Network Quantization" (AISTATS 2021).
 *
 * <p>The optimizer keeps an unconstrained dual variable u per weight, takes the gradient step in the dual space and
 * maps back:
 * <pre>
 *   u ← u − η·f·∇w,     w ← tanh(β·u)
 * </pre>
 * The slot {@code u} stores β·u, starting at atanh(clip(w, ±(1−10⁻⁶))) so the first step continues from the
 * current weights; storing β·u rather than u lets β change between runs without a jump in w. The weights stay inside
 * [−1, 1] and moves slowly near ±1, as the entropic geometry of a Bernoulli mean asks. As
 * β grows, tanh(β·u) approaches sign(u): annealing β moves the weights towards binary values.
 */
public final class MirrorDescent extends SlotOptimizer {

  /** Mirror descent's settings. */
  public record Config(double lr, double beta) implements OptimizerConfig {
    @Override
    public MirrorDescent build(Map<String, Parameter> params) {
      return new MirrorDescent(params, lr, beta);
    }

    @Override
    public Config withLearningRate(double rate) {
      return new Config(rate, beta);
    }
  }

  /** Mirror descent with this learning rate and beta. */
  public static Config config(double lr, double beta) {
    return new Config(lr, beta);
  }

  private static final double EDGE = 1 - 1e-6;
  private final double lr;
  private final double beta;

  public MirrorDescent(Map<String, Parameter> params, double lr, double beta) {
    super("mirror_descent", params, List.of("u"));
    if (!(lr > 0) || !(beta > 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("mirror_descent: need lr > 0 and a finite beta > 0; got lr=" + lr
          + " beta=" + beta);
    }
    this.lr = lr;
    this.beta = beta;
  }

  @Override
  float[] initialSlot(String slot, Parameter p) {
    float[] w = p.data();
    float[] u = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      double c = Math.max(-EDGE, Math.min(EDGE, w[i]));
      u[i] = (float) atanh(c);
    }
    return u;
  }

  private static double atanh(double x) {
    return 0.5 * Math.log((1 + x) / (1 - x));
  }

  @Override
  void update(float[] w, float[] grad, float[][] slots, double rateFactor, long step, int from, int to) {
    float[] u = slots[0];
    double rate = lr * rateFactor;
    for (int i = from; i < to; i++) {
      u[i] = (float) (u[i] - beta * rate * grad[i]);
      w[i] = (float) Math.tanh(u[i]);
    }
  }

  @Override
  public String toString() {
    return "mirror_descent(lr=" + lr + ", beta=" + beta + ")";
  }
}
