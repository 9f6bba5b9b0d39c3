package dev.ste4j.tensor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/** fold (the adjoint of unfold) against a plain scatter that adds in the same order, bit for bit. */
class Im2ColTest {

  @Test
  void foldEqualsThePlainScatterForSameAndOtherPaddings() {
    // {c, h, w, k, stride, pad}: "same" 3×3 and 5×5 (the shifted-plane path, maps down to 1 wide), then others.
    int[][] cases = {{3, 8, 8, 3, 1, 1}, {2, 5, 7, 5, 1, 2}, {2, 1, 1, 3, 1, 1}, {1, 2, 9, 3, 1, 1},
        {2, 6, 6, 3, 1, 0}, {2, 7, 7, 3, 2, 1}, {1, 4, 4, 1, 1, 0}};
    Rng rng = new Rng(31);
    for (int[] t : cases) {
      int c = t[0];
      int h = t[1];
      int w = t[2];
      int k = t[3];
      int stride = t[4];
      int pad = t[5];
      int ho = Im2Col.outSize(h, k, stride, pad);
      int wo = Im2Col.outSize(w, k, stride, pad);
      int ld = ho * wo + 3;
      float[] cols = new float[2 + c * k * k * ld];
      rng.fillGaussian(cols, 1f);
      float[] start = new float[1 + c * h * w];
      rng.fillGaussian(start, 1f);
      float[] want = start.clone();
      int row = 0;
      for (int ch = 0; ch < c; ch++) {
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < k; j++, row++) {
            for (int oy = 0; oy < ho; oy++) {
              for (int ox = 0; ox < wo; ox++) {
                int y = oy * stride - pad + i;
                int x = ox * stride - pad + j;
                if (y >= 0 && y < h && x >= 0 && x < w) {
                  want[1 + (ch * h + y) * w + x] += cols[2 + row * ld + oy * wo + ox];
                }
              }
            }
          }
        }
      }
      float[] got = start.clone();
      Im2Col.fold(cols, 2, ld, c, h, w, k, k, stride, pad, got, 1);
      assertThat(got).as(java.util.Arrays.toString(t)).isEqualTo(want);
    }
  }
}
