package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Autograd;
import dev.ste4j.tensor.Tensor;

/**
 * The straight-through op: y = f(x) in the forward; in the backward the incoming gradient is multiplied by a
 * pseudo-derivative μ'(x) chosen by the user instead of f'(x) (which is zero almost everywhere for a quantizer).
 *
 * <p>Every STE of the papers is one line, e.g. sign with the clipped STE:
 * <pre>{@code StraightThrough.apply("ste_sign", x, v -> v >= 0 ? 1f : -1f, v -> Math.abs(v) <= 1 ? 1f : 0f)}</pre>
 * and Yin et al.'s binary activation with the ReLU STE:
 * <pre>{@code StraightThrough.apply("heaviside_relu", x, v -> v > 0 ? 1f : 0f, v -> v > 0 ? 1f : 0f)}</pre>
 */
public final class StraightThrough {

  private StraightThrough() {}

  /** y = forward(x); ∂L/∂x = ∂L/∂y · pseudoDerivative(x). */
  public static Tensor apply(String name, Tensor x, FloatUnaryOperator forward, FloatUnaryOperator pseudoDerivative) {
    Tensor y = Loops.unary(x, forward);
    return Autograd.record(name, y,
        g -> new Tensor[] {Elementwise.mul(g, Loops.unary(x, pseudoDerivative))}, x);
  }

  /**
   * y = forward(x) computed on the whole tensor (for quantizers that need statistics, e.g. a per-channel scale);
   * ∂L/∂x = ∂L/∂y · pseudoDerivative(x) elementwise.
   */
  public static Tensor applyWhole(String name, Tensor x, java.util.function.UnaryOperator<Tensor> forward,
                                  FloatUnaryOperator pseudoDerivative) {
    Tensor y;
    try (var s = dev.ste4j.tensor.NoGrad.enter()) {
      y = forward.apply(x.detach());
    }
    if (!y.shape().equals(x.shape())) {
      throw new IllegalArgumentException(name + ": forward changed the shape from " + x.shape() + " to " + y.shape());
    }
    Tensor out = Tensor.wrap(y.toArray(), y.shape());
    return Autograd.record(name, out,
        g -> new Tensor[] {Elementwise.mul(g, Loops.unary(x, pseudoDerivative))}, x);
  }
}
