package dev.ste4j.tensor.ops;

/**
 * The per-channel sums of {@link Norm#batchNorm} over feature maps ([N, C, inner], inner = H·W &gt; 1), in double, in
 * an order fixed by the shapes.
 */
final class NormPlanes {

  /** {@link #planeSum} of the values. */
  static final int VALUES = 0;
  /** {@link #planeSum} of the squared deviations from a shift. */
  static final int SQUARED_DEVIATIONS = 1;

  private NormPlanes() {}

  /**
   * One channel's sum over the N planes of an [N, C, inner] array: Σ a ({@link #VALUES}) or Σ (a − shift)²
   * ({@link #SQUARED_DEVIATIONS}). Four running sums take the positions j mod 4 of each plane and are added at the
   * end, so consecutive adds do not wait on each other (with one chain of double adds the forward pass over
   * [64, 64, 32, 32] took 13 ms on one thread). The order depends on the shapes only.
   */
  static double planeSum(int kind, float[] a, double shift, int n, int c, int ch, int inner) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int body = inner & ~3;
    for (int i = 0; i < n; i++) {
      int base = (i * c + ch) * inner;
      int j = 0;
      if (kind == SQUARED_DEVIATIONS) {
        for (; j < body; j += 4) {
          double d0 = a[base + j] - shift;
          double d1 = a[base + j + 1] - shift;
          double d2 = a[base + j + 2] - shift;
          double d3 = a[base + j + 3] - shift;
          s0 += d0 * d0;
          s1 += d1 * d1;
          s2 += d2 * d2;
          s3 += d3 * d3;
        }
        for (; j < inner; j++) {
          double d = a[base + j] - shift;
          s0 += d * d;
        }
      } else {
        for (; j < body; j += 4) {
          s0 += a[base + j];
          s1 += a[base + j + 1];
          s2 += a[base + j + 2];
          s3 += a[base + j + 3];
        }
        for (; j < inner; j++) {
          s0 += a[base + j];
        }
      }
    }
    return (s0 + s1) + (s2 + s3);
  }

  /**
   * One channel's Σ g and Σ g·x̂ over the N planes in one sweep, x̂ recomputed from x as the forward computed it; four
   * running sums each, in the order of {@link #planeSum}.
   */
  static void gradientSums(float[] gy, float[] xd, double mu, float is, int n, int c, int ch, int inner,
                           double[] sumG, double[] sumGh) {
    double g0 = 0;
    double g1 = 0;
    double g2 = 0;
    double g3 = 0;
    double h0 = 0;
    double h1 = 0;
    double h2 = 0;
    double h3 = 0;
    int body = inner & ~3;
    for (int i = 0; i < n; i++) {
      int base = (i * c + ch) * inner;
      int j = 0;
      for (; j < body; j += 4) {
        float a0 = gy[base + j];
        float a1 = gy[base + j + 1];
        float a2 = gy[base + j + 2];
        float a3 = gy[base + j + 3];
        g0 += a0;
        g1 += a1;
        g2 += a2;
        g3 += a3;
        h0 += a0 * (float) ((xd[base + j] - mu) * is);
        h1 += a1 * (float) ((xd[base + j + 1] - mu) * is);
        h2 += a2 * (float) ((xd[base + j + 2] - mu) * is);
        h3 += a3 * (float) ((xd[base + j + 3] - mu) * is);
      }
      for (; j < inner; j++) {
        g0 += gy[base + j];
        h0 += gy[base + j] * (float) ((xd[base + j] - mu) * is);
      }
    }
    sumG[0] = (g0 + g1) + (g2 + g3);
    sumGh[0] = (h0 + h1) + (h2 + h3);
  }
}
