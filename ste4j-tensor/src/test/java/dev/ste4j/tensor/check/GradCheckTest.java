package dev.ste4j.tensor.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Elementwise;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/** The checker itself: it passes true gradients and catches wrong ones. */
class GradCheckTest {

  /** The check of y = x³ with the backward factor·x² (3 is right) on a seeded 3×3 input. */
  private static GradCheck.Result checkCube(float factor) {
    Tensor x = Tensor.randn(new Rng(1), 1f, 3, 3);
    return GradCheck.defaults().check(in -> Elementwise.map("cube", in[0], v -> v * v * v, v -> factor * v * v), x);
  }

  @Test
  void acceptsACorrectDerivative() {
    GradCheck.Result r = checkCube(3f);
    assertThat(r.passed()).as(r.toString()).isTrue();
  }

  @Test
  void catchesAWrongDerivative() {
    GradCheck.Result r = checkCube(2.9f);
    assertThat(r.passed()).as(r.toString()).isFalse();
  }

  @Test
  void catchesAMissingBroadcastReduction() {
    // A backward that forgot to scale: y = 2x with the gradient of y = x.
    Tensor x = Tensor.randn(new Rng(2), 1f, 4);
    GradCheck.Result r = GradCheck.defaults().check(
        in -> Elementwise.map("double", in[0], v -> 2 * v, v -> 1f), x);
    assertThat(r.passed()).isFalse();
  }

  @Test
  void rejectsViewsAsInputs() {
    Tensor x = Tensor.randn(new Rng(3), 1f, 2, 3).transpose(0, 1);
    assertThatThrownBy(() -> GradCheck.defaults().check(in -> in[0], x))
        .hasMessageContaining("owning their storage");
  }
}
