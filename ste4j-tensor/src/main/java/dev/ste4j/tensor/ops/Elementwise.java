package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Autograd;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Loops.Fast;

/**
 * Elementwise ops, binary ones with NumPy broadcasting. Each returns a fresh contiguous tensor and records its
 * backward beside its forward; gradients of broadcast inputs are summed back to the input's shape.
 */
public final class Elementwise {

  private Elementwise() {}

  /** a + b. */
  public static Tensor add(Tensor a, Tensor b) {
    Tensor y = Loops.binary("add", a, b, (p, q) -> p + q, Fast.ADD);
    return Autograd.record("add", y, g -> new Tensor[] {g.sumTo(a.shape()), g.sumTo(b.shape())}, a, b);
  }

  /** a − b. */
  public static Tensor sub(Tensor a, Tensor b) {
    Tensor y = Loops.binary("sub", a, b, (p, q) -> p - q, Fast.NONE);
    return Autograd.record("sub", y, g -> new Tensor[] {g.sumTo(a.shape()), neg(g).sumTo(b.shape())}, a, b);
  }

  /** a · b. */
  public static Tensor mul(Tensor a, Tensor b) {
    Tensor y = Loops.binary("mul", a, b, (p, q) -> p * q, Fast.MUL);
    return Autograd.record("mul", y,
        g -> new Tensor[] {mul(g, b).sumTo(a.shape()), mul(g, a).sumTo(b.shape())}, a, b);
  }

  /** a / b; d/da = 1/b, d/db = −a/b². */
  public static Tensor div(Tensor a, Tensor b) {
    Tensor y = Loops.binary("div", a, b, (p, q) -> p / q, Fast.NONE);
    return Autograd.record("div", y,
        g -> new Tensor[] {div(g, b).sumTo(a.shape()), neg(mul(g, div(y, b))).sumTo(b.shape())}, a, b);
  }

  /** max(a, b); the gradient goes to a where a ≥ b (ties to a), else to b. */
  public static Tensor maximum(Tensor a, Tensor b) {
    Tensor y = Loops.binary("maximum", a, b, Math::max, Fast.NONE);
    return Autograd.record("maximum", y, g -> {
      Tensor aWins = Loops.binary("maximum", a, b, (p, q) -> p >= q ? 1f : 0f, Fast.NONE);
      Tensor bWins = Loops.unary(aWins, m -> 1f - m);
      return new Tensor[] {mul(g, aWins).sumTo(a.shape()), mul(g, bWins).sumTo(b.shape())};
    }, a, b);
  }

  /** x + c. */
  public static Tensor addScalar(Tensor x, float c) {
    Tensor y = Loops.unary(x, v -> v + c);
    return Autograd.record("addScalar", y, g -> new Tensor[] {g}, x);
  }

  /** c · x. */
  public static Tensor mulScalar(Tensor x, float c) {
    Tensor y = Loops.unary(x, v -> c * v);
    return Autograd.record("mulScalar", y, g -> new Tensor[] {mulScalar(g, c)}, x);
  }

  /** −x. */
  public static Tensor neg(Tensor x) {
    Tensor y = Loops.unary(x, v -> -v);
    return Autograd.record("neg", y, g -> new Tensor[] {neg(g)}, x);
  }

  /** eˣ; dy/dx = y. */
  public static Tensor exp(Tensor x) {
    Tensor y = Loops.unary(x, v -> (float) Math.exp(v));
    return Autograd.record("exp", y, g -> new Tensor[] {mul(g, y)}, x);
  }

  /** ln x; dy/dx = 1/x. */
  public static Tensor log(Tensor x) {
    Tensor y = Loops.unary(x, v -> (float) Math.log(v));
    return Autograd.record("log", y, g -> new Tensor[] {div(g, x)}, x);
  }

  /** √x; dy/dx = 1/(2y). */
  public static Tensor sqrt(Tensor x) {
    Tensor y = Loops.unary(x, v -> (float) Math.sqrt(v));
    return Autograd.record("sqrt", y, g -> new Tensor[] {div(mulScalar(g, 0.5f), y)}, x);
  }

  /** x². */
  public static Tensor square(Tensor x) {
    Tensor y = Loops.unary(x, v -> v * v);
    return Autograd.record("square", y, g -> new Tensor[] {mul(g, mulScalar(x, 2f))}, x);
  }

  /** xᵖ for a constant p; dy/dx = p·xᵖ⁻¹ (use positive x when p is not an integer). */
  public static Tensor pow(Tensor x, float p) {
    Tensor y = Loops.unary(x, v -> (float) Math.pow(v, p));
    return Autograd.record("pow", y,
        g -> new Tensor[] {mul(g, Loops.unary(x, v -> p * (float) Math.pow(v, p - 1)))}, x);
  }

  /** |x|; the gradient at 0 is taken as 0. */
  public static Tensor abs(Tensor x) {
    Tensor y = Loops.unary(x, Math::abs);
    return Autograd.record("abs", y, g -> new Tensor[] {mul(g, Loops.unary(x, v -> Math.signum(v)))}, x);
  }

  /** max(x, 0); the gradient at 0 is taken as 0. */
  public static Tensor relu(Tensor x) {
    Tensor y = Loops.unary(x, v -> v > 0f ? v : 0f);
    return Autograd.record("relu", y, g -> new Tensor[] {mul(g, Loops.unary(x, v -> v > 0f ? 1f : 0f))}, x);
  }

  /** 1/(1+e⁻ˣ); dy/dx = y(1−y). */
  public static Tensor sigmoid(Tensor x) {
    Tensor y = Loops.unary(x, v -> (float) (1.0 / (1.0 + Math.exp(-v))));
    return Autograd.record("sigmoid", y, g -> new Tensor[] {mul(g, Loops.unary(y, s -> s * (1f - s)))}, x);
  }

  /** tanh x; dy/dx = 1 − y². */
  public static Tensor tanh(Tensor x) {
    Tensor y = Loops.unary(x, v -> (float) Math.tanh(v));
    return Autograd.record("tanh", y, g -> new Tensor[] {mul(g, Loops.unary(y, t -> 1f - t * t))}, x);
  }

  /** min(max(x, lo), hi) (HardTanh for lo = −1, hi = 1); the gradient is 1 on [lo, hi] and 0 outside. */
  public static Tensor clamp(Tensor x, float lo, float hi) {
    if (!(lo <= hi)) {
      throw new IllegalArgumentException("clamp: lower bound " + lo + " exceeds upper bound " + hi);
    }
    Tensor y = Loops.unary(x, v -> Math.min(Math.max(v, lo), hi));
    return Autograd.record("clamp", y,
        g -> new Tensor[] {mul(g, Loops.unary(x, v -> v >= lo && v <= hi ? 1f : 0f))}, x);
  }

  /**
   * A custom smooth elementwise function with its true derivative (for activations not listed here); for a
   * derivative that differs from the forward's, use {@link StraightThrough}.
   */
  public static Tensor map(String name, Tensor x, FloatUnaryOperator f, FloatUnaryOperator derivative) {
    Tensor y = Loops.unary(x, f);
    return Autograd.record(name, y, g -> new Tensor[] {mul(g, Loops.unary(x, derivative))}, x);
  }
}
