package dev.ste4j.tensor.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** The dedicated sign STE against its definition, with 0, −0 and ±clip among the inputs. */
class SignSteTest {

  @Test
  void forwardIsSignWithZeroPositiveAndBackwardIsClippedIdentity() {
    float clip = 1f;
    float[] xs = {0f, -0f, 1f, -1f, 1.0000001f, -1.0000001f, 0.3f, -0.7f, 5f, -5f};
    Tensor x = Tensor.of(xs, 2, 5).requiresGrad(true);
    // A transposed view exercises the non-contiguous path.
    Tensor y = SignSte.apply(x.transpose(0, 1), clip);
    float[] g = {1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f, 10f};
    y.backward(Tensor.of(g, 5, 2));
    Tensor reference = StraightThrough.apply("ste_sign", x.transpose(0, 1), v -> v >= 0 ? 1f : -1f,
        v -> Math.abs(v) <= clip ? 1f : 0f);
    assertThat(y.toArray()).isEqualTo(reference.toArray());
    float[] gx = x.grad().toArray();
    float[] gT = Tensor.of(g, 5, 2).transpose(0, 1).toArray();
    for (int i = 0; i < xs.length; i++) {
      assertThat(gx[i]).as("grad at x = %s", xs[i]).isEqualTo(Math.abs(xs[i]) <= clip ? gT[i] : 0f);
    }
    assertThat(y.toArray()[0]).isEqualTo(1f);
  }

  @Test
  void rejectsNegativeClip() {
    assertThatThrownBy(() -> SignSte.apply(Tensor.zeros(2), -1f)).hasMessageContaining("clip");
  }
}
