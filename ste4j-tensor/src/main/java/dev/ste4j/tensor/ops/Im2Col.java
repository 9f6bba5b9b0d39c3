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
    if (stride == 1 && wo == w) {
      foldSame(cols, colsOff, ld, c, h, w, kh, kw, pad, ho, gx, gxOff, adder);
      return;
    }
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

  /**
   * {@link #fold} for stride 1 with as many output columns as input columns (padding (k − 1)/2, the usual 3×3 case).
   * Then column position q of a tap lands at q + (i − pad)·w + (j − pad) in the plane, a constant shift, so one long
   * vector add covers the tap instead of one short add per output row (on 8-wide maps those were shorter than a
   * 512-bit vector and ran scalar). Positions whose column falls off the image wrap onto the neighbouring row: their
   * targets receive nothing else from the tap (the shift is one-to-one), so they are saved before the add and put
   * back after it. Every element gets the same additions in the same order as in the general loop.
   */
  private static void foldSame(float[] cols, int colsOff, int ld, int c, int h, int w, int kh, int kw, int pad,
                               int ho, float[] gx, int gxOff, dev.ste4j.tensor.kernel.Kernels adder) {
    float[] saved = new float[ho * kw];
    int row = 0;
    for (int ch = 0; ch < c; ch++) {
      int plane = gxOff + ch * h * w;
      for (int i = 0; i < kh; i++) {
        int oyLo = Math.max(0, pad - i);
        int oyHi = Math.min(ho, h + pad - i);
        for (int j = 0; j < kw; j++, row++) {
          int oxLo = Math.max(0, pad - j);
          int oxHi = Math.min(w, w + pad - j);
          if (oyHi <= oyLo || oxHi <= oxLo) {
            continue;
          }
          int shift = (i - pad) * w + (j - pad);
          int q0 = oyLo * w + oxLo;
          int q1 = (oyHi - 1) * w + oxHi;
          keepWrapped(gx, plane + shift, w, oyLo, oyHi, oxLo, oxHi, q0, q1, saved, false);
          adder.add(gx, plane + q0 + shift, cols, colsOff + row * ld + q0, gx, plane + q0 + shift, q1 - q0);
          keepWrapped(gx, plane + shift, w, oyLo, oyHi, oxLo, oxHi, q0, q1, saved, true);
        }
      }
    }
  }

  /** Saves (or puts back) the targets of the positions in [q0, q1) whose column ox lies outside [oxLo, oxHi). */
  private static void keepWrapped(float[] gx, int base, int w, int oyLo, int oyHi, int oxLo, int oxHi, int q0, int q1,
                                  float[] saved, boolean restore) {
    int k = 0;
    for (int oy = oyLo; oy < oyHi; oy++) {
      for (int side = 0; side < 2; side++) {
        int to = side == 0 ? oxLo : w;
        for (int ox = side == 0 ? 0 : oxHi; ox < to; ox++) {
          int q = oy * w + ox;
          if (q >= q0 && q < q1) {
            if (restore) {
              gx[base + q] = saved[k++];
            } else {
              saved[k++] = gx[base + q];
            }
          }
        }
      }
    }
  }
}
