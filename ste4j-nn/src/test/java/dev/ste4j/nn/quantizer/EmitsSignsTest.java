package dev.ste4j.nn.quantizer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quantizer that says it emits signs lets the packed kernels skip their ±1 scan, so the promise must hold for every
 * input, NaN and infinities included, with and without noise; and the 1-bit quantizers that do not promise it must
 * be ones whose output can be something else.
 */
class EmitsSignsTest {

  @Test
  void everyQuantizerThatPromisesSignsEmitsOnlySigns() {
    Rng rng = new Rng(3);
    float[] x = new float[301];
    rng.fillGaussian(x, 2f);
    float[] specials = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE};
    for (int i = 0; i < specials.length; i++) {
      x[i * 41] = specials[i];
    }
    for (String name : Quantizers.names()) {
      for (PseudoDerivativeCases.Case c : PseudoDerivativeCases.BY_NAME.getOrDefault(name, List.of())) {
        Quantizer q = Quantizers.parse(c.spec());
        if (!q.emitsSigns()) {
          continue;
        }
        for (Tensor y : List.of(q.quantize(Tensor.of(x.clone(), x.length)),
            q.quantize(Tensor.of(x.clone(), x.length), new Rng(8)))) {
          for (float v : y.toArray()) {
            assertThat(v == 1f || v == -1f).as("%s gave %s", c.spec(), v).isTrue();
          }
        }
      }
    }
  }

  @Test
  void theSignQuantizersPromiseItAndTheOthersDoNot() {
    assertThat(Quantizers.parse("ste_sign").emitsSigns()).isTrue();
    assertThat(Quantizers.parse("approx_sign").emitsSigns()).isTrue();
    // Heaviside outputs 0/1 and the magnitude-aware sign scales by the mean |w|: both 1-bit, neither ±1.
    assertThat(Quantizers.parse("heaviside").emitsSigns()).isFalse();
    assertThat(Quantizers.parse("magnitude_aware_sign").emitsSigns()).isFalse();
  }
}
