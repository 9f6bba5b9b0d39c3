package dev.ste4j.tensor.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/** sign and clippedPass: vector equals scalar exactly on awkward sizes, with 0, −0, ±clip, ±∞ and NaN among
 * the inputs and the gradients. */
class SignKernelsTest {

  @Test
  void vectorEqualsScalarExactly() {
    Rng rng = new Rng(9);
    Kernels scalar = new ScalarKernels();
    Kernels vector = new VectorKernels();
    float[] specials = {0f, -0f, 1f, -1f, Float.NaN, Math.nextUp(1f), -Math.nextUp(1f), Float.POSITIVE_INFINITY};
    for (int n : new int[] {1, 7, 63, 64, 65, 1000}) {
      float[] x = new float[n + 2];
      float[] g = new float[n + 3];
      rng.fillGaussian(x, 1.5f);
      rng.fillGaussian(g, 1f);
      for (int i = 0; i < Math.min(n, specials.length); i++) {
        x[2 + i * (n / specials.length + 1) % n] = specials[i];
        g[3 + (i * (n / specials.length + 1) + 1) % n] = -specials[i];
      }
      float[] s1 = new float[n + 1];
      float[] s2 = new float[n + 1];
      scalar.sign(x, 2, s1, 1, n);
      vector.sign(x, 2, s2, 1, n);
      assertThat(s2).as("sign n=%d", n).isEqualTo(s1);
      for (int i = 0; i < n; i++) {
        assertThat(s1[1 + i]).isEqualTo(x[2 + i] >= 0f ? 1f : -1f);
      }
      float[] p1 = new float[n];
      float[] p2 = new float[n];
      scalar.clippedPass(x, 2, 1f, g, 3, p1, 0, n);
      vector.clippedPass(x, 2, 1f, g, 3, p2, 0, n);
      assertThat(p2).as("clippedPass n=%d", n).isEqualTo(p1);
      for (int i = 0; i < n; i++) {
        // The generic straight-through product, bit for bit: −0 where a negative g is blocked, NaN where g is ±∞.
        float expected = g[3 + i] * (Math.abs(x[2 + i]) <= 1f ? 1f : 0f);
        assertThat(Float.floatToRawIntBits(p1[i])).as("clippedPass at %d", i)
            .isEqualTo(Float.floatToRawIntBits(expected));
      }
    }
  }

  @Test
  void allFiniteFindsEveryNanAndInfinityInBothKernels() {
    Kernels scalar = new ScalarKernels();
    Kernels vector = new VectorKernels();
    float[] bad = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
    for (int n : new int[] {1, 7, 8, 9, 100, 257}) {
      float[] x = new float[n + 1];
      new Rng(n).fillGaussian(x, 1e30f);
      x[0] = Float.NaN;
      assertThat(scalar.allFinite(x, 1, n)).isTrue();
      assertThat(vector.allFinite(x, 1, n)).isTrue();
      for (int at = 0; at < n; at++) {
        for (float b : bad) {
          float[] y = x.clone();
          y[1 + at] = b;
          assertThat(scalar.allFinite(y, 1, n)).as("scalar n=%d at %d %s", n, at, b).isFalse();
          assertThat(vector.allFinite(y, 1, n)).as("vector n=%d at %d %s", n, at, b).isFalse();
        }
      }
    }
    // Huge finite values: x·0 stays 0, no overflow to infinity.
    float[] extremes = {Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, -0f, 0f, 3e38f, -3e38f, 1f, 2f};
    float[] big = new float[9 * 16];
    for (int i = 0; i < big.length; i++) {
      big[i] = extremes[i % extremes.length];
    }
    assertThat(vector.allFinite(big, 0, big.length)).isTrue();
  }
}
