package dev.ste4j.tensor.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** The straight-through op: forward applies f, backward multiplies by the pseudo-derivative exactly. */
class StraightThroughTest {

  private static final FloatUnaryOperator SIGN = v -> v >= 0 ? 1f : -1f;
  private static final FloatUnaryOperator CLIPPED = v -> Math.abs(v) <= 1f ? 1f : 0f;

  @Test
  void signWithClippedSteAtAndAroundItsBoundaries() {
    float[] xs = {-2f, -1.0001f, -1f, -0.5f, -0f, 0f, 0.5f, 1f, 1.0001f, 3f};
    Tensor x = Tensor.of(xs, xs.length).requiresGrad(true);
    Tensor y = StraightThrough.apply("ste_sign", x, SIGN, CLIPPED);
    float[] g = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    y.backward(Tensor.of(g, g.length));

    assertThat(y.toArray()).containsExactly(-1f, -1f, -1f, -1f, 1f, 1f, 1f, 1f, 1f, 1f);
    float[] expected = new float[xs.length];
    for (int i = 0; i < xs.length; i++) {
      expected[i] = g[i] * CLIPPED.apply(xs[i]);
    }
    assertThat(x.grad().toArray()).containsExactly(expected);
    assertThat(x.grad().toArray()).containsExactly(0, 0, 3, 4, 5, 6, 7, 8, 0, 0);
  }

  @Test
  void heavisideWithReluSteIsOneLine() {
    Tensor x = Tensor.of(new float[] {-1f, 0f, 2f}, 3).requiresGrad(true);
    Tensor y = StraightThrough.apply("heaviside_relu", x, v -> v > 0 ? 1f : 0f, v -> v > 0 ? 1f : 0f);
    y.sum().backward();
    assertThat(y.toArray()).containsExactly(0f, 0f, 1f);
    assertThat(x.grad().toArray()).containsExactly(0f, 0f, 1f);
  }

  @Test
  void straightThroughComposesWithOtherOps() {
    // y = Σ w · sign(x): ∂y/∂x = w · 1{|x| ≤ 1}; ∂y/∂w = sign(x).
    Tensor x = Tensor.of(new float[] {0.3f, -2f, -0.7f}, 3).requiresGrad(true);
    Tensor w = Tensor.of(new float[] {2f, 3f, 4f}, 3).requiresGrad(true);
    StraightThrough.apply("ste_sign", x, SIGN, CLIPPED).mul(w).sum().backward();
    assertThat(x.grad().toArray()).containsExactly(2f, 0f, 4f);
    assertThat(w.grad().toArray()).containsExactly(1f, -1f, -1f);
  }

  @Test
  void wholeTensorForwardKeepsElementwisePseudoDerivative() {
    // Magnitude-aware sign style: scale · sign(x), scale = mean |x| (no gradient through the scale).
    Tensor x = Tensor.of(new float[] {0.5f, -1.5f, 2f, -0f}, 4).requiresGrad(true);
    Tensor y = StraightThrough.applyWhole("scaled_sign", x, t -> {
      float scale = t.abs().mean().item();
      return Elementwise.mulScalar(StraightThrough.apply("sign", t, SIGN, CLIPPED), scale);
    }, CLIPPED);
    y.sum().backward();
    assertThat(y.toArray()).containsExactly(1f, -1f, 1f, 1f);
    assertThat(x.grad().toArray()).containsExactly(1f, 0f, 0f, 1f);
  }

  @Test
  void wholeTensorForwardMustKeepTheShape() {
    Tensor x = Tensor.of(new float[] {1f, 2f}, 2).requiresGrad(true);
    assertThatThrownBy(() -> StraightThrough.applyWhole("bad", x, t -> t.sum(), CLIPPED))
        .hasMessageContaining("bad").hasMessageContaining("[2]");
  }
}
