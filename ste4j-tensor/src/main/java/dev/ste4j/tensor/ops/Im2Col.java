package dev.ste4j.tensor.ops;

/**
 * Unfolds convolution patches of one image into columns and folds them back.
 *
 * <p>For an image [C, H, W], kernel kh×kw, stride s and zero padding p, the column matrix is [C·kh·kw, Ho·Wo] with
 * row (c, i, j) holding x[c, oy·s − p + i, ox·s − p + j] (zero outside the image) at column oy·Wo + ox. Rows may lie
 * {@code ld} apart, so several images can sit side by side as column blocks of one matrix.
 */
final class Im2Col {

  private Im2Col() {}

  static int outSize(int in, int k, int stride, int pad) {
    return (in + 2 * pad - k) / stride + 1;
  }

  static void unfold(float[] x, int xOff, int c, int h, int w, int kh, int kw, int stride, int pad,
                     float[] cols, int colsOff) {
    unfold(x, xOff, c, h, w, kh, kw, stride, pad, cols, colsOff, outSize(h, kh, stride, pad) * outSize(w, kw, stride, pad));
  }

  /** Like {@link #unfold(float[], int, int, int, int, int, int, int, int, float[], int)} with column rows ld apart. */
  static void unfold(float[] x, int xOff, int c, int h, int w, int kh, int kw, int stride, int pad,
                     float[] cols, int colsOff, int ld) {
    int ho = outSize(h, kh, stride, pad);
    int wo = outSize(w, kw, stride, pad);
    int row = 0;
    for (int ch = 0; ch < c; ch++) {
      for (int i = 0; i < kh; i++) {
        for (int j = 0; j < kw; j++, row++) {
          int dst = colsOff + row * ld;
          for (int oy = 0; oy < ho; oy++) {
            int y = oy * stride - pad + i;
            if (y < 0 || y >= h) {
              java.util.Arrays.fill(cols, dst + oy * wo, dst + oy * wo + wo, 0f);
              continue;
            }
            int src = xOff + (ch * h + y) * w - pad + j;
            int lo = firstInside(pad - j, stride, wo);
            int hi = endInside(w - 1 + pad - j, stride, wo);
            int d = dst + oy * wo;
            java.util.Arrays.fill(cols, d, d + lo, 0f);
            if (stride == 1) {
              System.arraycopy(x, src + lo, cols, d + lo, Math.max(0, hi - lo));
            } else {
              for (int ox = lo; ox < hi; ox++) {
                cols[d + ox] = x[src + ox * stride];
              }
            }
            java.util.Arrays.fill(cols, d + Math.max(lo, hi), d + wo, 0f);
          }
        }
      }
    }
  }

  /** The first ox with ox·stride ≥ need (need = pad − j): where the window's column j enters the image. */
  private static int firstInside(int need, int stride, int wo) {
    return need <= 0 ? 0 : Math.min(wo, (need + stride - 1) / stride);
  }

  /** One past the last ox with ox·stride ≤ limit (limit = w − 1 + pad − j): where column j leaves the image. */
  private static int endInside(int limit, int stride, int wo) {
    return limit < 0 ? 0 : Math.min(wo, limit / stride + 1);
  }

  /** Adds columns back into an image gradient (the adjoint of unfold), in a fixed order. */
  static void fold(float[] cols, int colsOff, int ld, int c, int h, int w, int kh, int kw, int stride, int pad,
                   float[] gx, int gxOff) {
    int ho = outSize(h, kh, stride, pad);
    int wo = outSize(w, kw, stride, pad);
    dev.ste4j.tensor.kernel.Kernels adder = dev.ste4j.tensor.kernel.Kernels.get();
    int row = 0;
    for (int ch = 0; ch < c; ch++) {
      for (int i = 0; i < kh; i++) {
        for (int j = 0; j < kw; j++, row++) {
          int src = colsOff + row * ld;
          for (int oy = 0; oy < ho; oy++) {
            int y = oy * stride - pad + i;
            if (y < 0 || y >= h) {
              continue;
            }
            int dst = gxOff + (ch * h + y) * w - pad + j;
            int lo = firstInside(pad - j, stride, wo);
            int hi = endInside(w - 1 + pad - j, stride, wo);
            int sr = src + oy * wo;
            if (stride == 1) {
              if (hi > lo) {
                adder.add(gx, dst + lo, cols, sr + lo, gx, dst + lo, hi - lo);
              }
            } else {
              for (int ox = lo; ox < hi; ox++) {
                gx[dst + ox * stride] += cols[sr + ox];
              }
            }
          }
        }
      }
    }
  }
}
