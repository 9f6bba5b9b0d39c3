package dev.ste4j.tensor.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/** Both maxPool kernels against a plain reference, on shapes that leave vector tails and on tie-heavy data. */
class MaxPoolKernelTest {

  /** {h, w, kernel, stride}: 2×2/2 on maps whose output planes are and are not multiples of 16, 3×3/2, 3×3/1. */
  private static final int[][] SHAPES = {
      {32, 32, 2, 2}, {8, 8, 2, 2}, {6, 10, 2, 2}, {7, 9, 3, 2}, {5, 5, 3, 1}, {4, 4, 4, 4}, {17, 33, 2, 2}};

  private static void reference(float[] x, int h, int w, int k, int s, int planes, float[] out, int[] arg) {
    int ho = (h - k) / s + 1;
    int wo = (w - k) / s + 1;
    for (int pl = 0; pl < planes; pl++) {
      for (int oy = 0; oy < ho; oy++) {
        for (int ox = 0; ox < wo; ox++) {
          int best = -1;
          for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
              int p = pl * h * w + (oy * s + i) * w + ox * s + j;
              if (best < 0 || x[p] > x[best]) {
                best = p;
              }
            }
          }
          int o = (pl * ho + oy) * wo + ox;
          out[o] = x[best];
          arg[o] = best;
        }
      }
    }
  }

  @Test
  void everyImplementationMatchesTheReferenceIncludingTiesAndNaN() {
    Rng rng = new Rng(17);
    for (int[] shape : SHAPES) {
      int h = shape[0];
      int w = shape[1];
      int k = shape[2];
      int s = shape[3];
      int ho = (h - k) / s + 1;
      int wo = (w - k) / s + 1;
      int planes = 5;
      for (String data : new String[] {"gaussian", "signs", "few levels with NaN"}) {
        float[] x = new float[planes * h * w];
        rng.fillGaussian(x, 1f);
        for (int i = 0; i < x.length; i++) {
          if (data.equals("signs")) {
            x[i] = x[i] >= 0 ? 1f : -1f;
          } else if (data.startsWith("few")) {
            x[i] = i % 37 == 0 ? Float.NaN : Math.round(x[i] * 2) / 2f;
          }
        }
        float[] want = new float[planes * ho * wo];
        int[] wantArg = new int[want.length];
        reference(x, h, w, k, s, planes, want, wantArg);
        for (Kernels kern : KernelsTest.implementations()) {
          float[] out = new float[want.length];
          int[] arg = new int[want.length];
          // Two calls over plane ranges, as the parallel split makes them.
          kern.maxPool(x, h, w, k, s, ho, wo, 0, 2, out, arg);
          kern.maxPool(x, h, w, k, s, ho, wo, 2, planes, out, arg);
          String label = kern.name() + " " + java.util.Arrays.toString(shape) + " " + data;
          assertThat(arg).as(label).isEqualTo(wantArg);
          assertThat(out).as(label).isEqualTo(want);
        }
      }
    }
  }
}
