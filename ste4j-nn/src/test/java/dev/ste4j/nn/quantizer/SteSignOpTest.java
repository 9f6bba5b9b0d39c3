package dev.ste4j.nn.quantizer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.StraightThrough;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/**
 * ste_sign runs the dedicated sign op; its values and gradients must be bitwise those of its elementwise definition
 * through the generic straight-through op, signed zeros and non-finite gradients included.
 */
class SteSignOpTest {

  @Test
  void dedicatedOpEqualsTheElementwiseDefinitionBitForBit() {
    Rng rng = new Rng(5);
    float[] specials = {0f, -0f, 1f, -1f, Math.nextUp(1f), Float.NaN, Float.POSITIVE_INFINITY, -3f};
    for (float clip : new float[] {1f, 0.5f, Float.POSITIVE_INFINITY}) {
      SteSign q = new SteSign(clip);
      int n = 203;
      float[] x = new float[n];
      float[] g = new float[n];
      rng.fillGaussian(x, 1.2f);
      rng.fillGaussian(g, 1f);
      for (int i = 0; i < specials.length; i++) {
        x[i * 17] = specials[i];
        g[i * 17 + 3] = -specials[i];
      }
      Tensor a = Tensor.of(x.clone(), n).requiresGrad(true);
      Tensor b = Tensor.of(x.clone(), n).requiresGrad(true);
      Tensor ya = q.quantize(a);
      Tensor yb = StraightThrough.apply(q.name(), b, q::forward, q::pseudoDerivative);
      ya.backward(Tensor.of(g.clone(), n));
      yb.backward(Tensor.of(g.clone(), n));
      assertThat(bits(ya.toArray())).as("values, clip %s", clip).isEqualTo(bits(yb.toArray()));
      assertThat(bits(a.grad().toArray())).as("gradients, clip %s", clip).isEqualTo(bits(b.grad().toArray()));
    }
  }

  private static int[] bits(float[] v) {
    int[] out = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Float.floatToRawIntBits(v[i]);
    }
    return out;
  }
}
