package dev.ste4j.tensor.ops;

/**
 * Unfolds convolution patches of one image into columns and folds them back.
 *
 * <p>For an image [C, H, W], kernel kh×kw, stride s and zero padding p, the column matrix is [C·kh·kw, Ho·Wo] with
 * row (c, i, j) holding x[c, oy·s − p + i, ox·s − p + j] (zero outside the image) at column oy·Wo + ox.
 */
final class Im2Col {

  private Im2Col() {}

  static int outSize(int in, int k, int stride, int pad) {
    return (in + 2 * pad - k) / stride + 1;
  }

  static void unfold(float[] x, int xOff, int c, int h, int w, int kh, int kw, int stride, int pad,
                     float[] cols, int colsOff) {
    int ho = outSize(h, kh, stride, pad);
    int wo = outSize(w, kw, stride, pad);
    int row = 0;
    for (int ch = 0; ch < c; ch++) {
      for (int i = 0; i < kh; i++) {
        for (int j = 0; j < kw; j++, row++) {
          int dst = colsOff + row * ho * wo;
          for (int oy = 0; oy < ho; oy++) {
            int y = oy * stride - pad + i;
            if (y < 0 || y >= h) {
              java.util.Arrays.fill(cols, dst + oy * wo, dst + oy * wo + wo, 0f);
              continue;
            }
            int src = xOff + (ch * h + y) * w;
            for (int ox = 0; ox < wo; ox++) {
              int xx = ox * stride - pad + j;
              cols[dst + oy * wo + ox] = xx >= 0 && xx < w ? x[src + xx] : 0f;
            }
          }
        }
      }
    }
  }

  /** Adds columns back into an image gradient (the adjoint of unfold), in a fixed order. */
  static void fold(float[] cols, int colsOff, int c, int h, int w, int kh, int kw, int stride, int pad,
                   float[] gx, int gxOff) {
    int ho = outSize(h, kh, stride, pad);
    int wo = outSize(w, kw, stride, pad);
    int row = 0;
    for (int ch = 0; ch < c; ch++) {
      for (int i = 0; i < kh; i++) {
        for (int j = 0; j < kw; j++, row++) {
          int src = colsOff + row * ho * wo;
          for (int oy = 0; oy < ho; oy++) {
            int y = oy * stride - pad + i;
            if (y < 0 || y >= h) {
              continue;
            }
            int dst = gxOff + (ch * h + y) * w;
            for (int ox = 0; ox < wo; ox++) {
              int xx = ox * stride - pad + j;
              if (xx >= 0 && xx < w) {
                gx[dst + xx] += cols[src + oy * wo + ox];
              }
            }
          }
        }
      }
    }
  }
}
