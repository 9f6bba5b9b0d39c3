package dev.ste4j.tensor.ops;

/**
 * {@link Norm#batchNorm} on [N, C] inputs (inner = 1): the same arithmetic as the general loops, in the same order per
 * channel (rows i in order), with the channel loop innermost over contiguous memory so that the JIT vectorizes it.
 * Results are bitwise those of the general loops.
 */
final class NormRows {

  private NormRows() {}

  /** Per-channel mean and Σ(x − μ)² of channels [c0, c0 + cb). */
  static void statistics(float[] xd, int n, int c, int c0, int cb, int m, double[] mean, double[] ss) {
    for (int i = 0; i < n; i++) {
      int base = i * c + c0;
      for (int q = 0; q < cb; q++) {
        mean[q] += xd[base + q];
      }
    }
    for (int q = 0; q < cb; q++) {
      mean[q] /= m;
    }
    for (int i = 0; i < n; i++) {
      int base = i * c + c0;
      for (int q = 0; q < cb; q++) {
        double d = xd[base + q] - mean[q];
        ss[q] += d * d;
      }
    }
  }

  /** x̂ and y = γx̂ + β of channels [c0, c0 + cb). */
  static void normalize(float[] xd, int n, int c, int c0, int cb, double[] mean, float[] invStd,
                        float[] gd, float[] bd, float[] xhat, float[] y) {
    float[] gam = new float[cb];
    float[] bet = new float[cb];
    double[] is = new double[cb];
    for (int q = 0; q < cb; q++) {
      gam[q] = gd == null ? 1f : gd[c0 + q];
      bet[q] = bd == null ? 0f : bd[c0 + q];
      is[q] = invStd[c0 + q];
    }
    for (int i = 0; i < n; i++) {
      int base = i * c + c0;
      for (int q = 0; q < cb; q++) {
        float h = (float) ((xd[base + q] - mean[q]) * is[q]);
        xhat[base + q] = h;
        y[base + q] = gam[q] * h + bet[q];
      }
    }
  }

  /** Σg, Σg·x̂, the γ and β gradients and (when gx is not null) the x gradient of channels [c0, c0 + cb). */
  static void backward(float[] gy, float[] xhat, int n, int c, int c0, int cb, int m, boolean training,
                       float[] gd, float[] invStd, double[] sumG, double[] sumGh, float[] gGamma, float[] gBeta,
                       float[] gx) {
    for (int i = 0; i < n; i++) {
      int base = i * c + c0;
      for (int q = 0; q < cb; q++) {
        sumG[q] += gy[base + q];
        sumGh[q] += gy[base + q] * xhat[base + q];
      }
    }
    for (int q = 0; q < cb; q++) {
      gGamma[c0 + q] = (float) sumGh[q];
      gBeta[c0 + q] = (float) sumG[q];
    }
    if (gx == null) {
      return;
    }
    double[] scale = new double[cb];
    double[] meanG = new double[cb];
    double[] meanGh = new double[cb];
    for (int q = 0; q < cb; q++) {
      scale[q] = (gd == null ? 1f : gd[c0 + q]) * invStd[c0 + q];
      meanG[q] = sumG[q] / m;
      meanGh[q] = sumGh[q] / m;
    }
    for (int i = 0; i < n; i++) {
      int base = i * c + c0;
      if (training) {
        for (int q = 0; q < cb; q++) {
          gx[base + q] = (float) (scale[q] * (gy[base + q] - meanG[q] - xhat[base + q] * meanGh[q]));
        }
      } else {
        for (int q = 0; q < cb; q++) {
          gx[base + q] = (float) (scale[q] * gy[base + q]);
        }
      }
    }
  }
}
