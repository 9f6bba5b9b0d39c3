package dev.ste4j.tensor.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/** The vector Adam step against the scalar one and against the formula, bit for bit, on awkward sizes and offsets. */
class AdamStepTest {

  @Test
  void vectorEqualsScalarAndTheFormulaBitForBit() {
    Rng rng = new Rng(21);
    Kernels scalar = new ScalarKernels();
    Kernels vector = new VectorKernels();
    for (int n : new int[] {1, 3, 4, 5, 8, 17, 1000}) {
      for (boolean decoupled : new boolean[] {false, true}) {
        double rate = 1e-3 * (1 + rng.nextInt(5));
        long t = 1 + rng.nextInt(50);
        double wd = decoupled ? 0.01 : 1e-4;
        AdamCoefficients c = new AdamCoefficients(0.9, 0.999, decoupled ? 0 : wd, decoupled ? 1 - rate * wd : 1,
            rate, 1 - Math.pow(0.9, t), 1 - Math.pow(0.999, t), 1e-8);
        float[] w = gaussian(rng, n + 2, 0.5f);
        float[] g = gaussian(rng, n + 2, 0.1f);
        float[] m = gaussian(rng, n + 2, 0.01f);
        float[] v = gaussian(rng, n + 2, 0.001f);
        for (int i = 0; i < v.length; i++) {
          v[i] = Math.abs(v[i]);
        }
        g[1] = 0f;
        g[n] = -0f;
        float[][] s = {w.clone(), g.clone(), m.clone(), v.clone()};
        float[][] x = {w.clone(), g.clone(), m.clone(), v.clone()};
        scalar.adamStep(c, s[0], s[1], s[2], s[3], 1, n + 1);
        vector.adamStep(c, x[0], x[1], x[2], x[3], 1, n + 1);
        for (int k = 0; k < 4; k++) {
          assertThat(x[k]).as("n=%d decoupled=%s array %d", n, decoupled, k).isEqualTo(s[k]);
        }
        for (int i = 1; i <= n; i++) {
          double gi = g[i] + c.l2() * w[i];
          float mi = (float) (0.9 * m[i] + (1 - 0.9) * gi);
          float vi = (float) (0.999 * v[i] + (1 - 0.999) * gi * gi);
          float wi = (float) (w[i] * c.shrink() - rate * (mi / c.bc1()) / (Math.sqrt(vi / c.bc2()) + 1e-8));
          assertThat(s[0][i]).as("w at %d", i).isEqualTo(wi);
        }
        assertThat(s[0][0]).isEqualTo(w[0]);
        assertThat(s[0][n + 1]).isEqualTo(w[n + 1]);
      }
    }
  }

  private static float[] gaussian(Rng rng, int n, float std) {
    float[] a = new float[n];
    rng.fillGaussian(a, std);
    return a;
  }
}
