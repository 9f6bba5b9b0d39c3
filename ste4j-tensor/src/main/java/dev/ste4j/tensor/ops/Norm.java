package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Autograd;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.Parallel;

/**
 * Batch normalisation over axis 1 of [N, C] or [N, C, H, W] inputs (Ioffe &amp; Szegedy 2015).
 *
 * <p>Training: per channel mean μ and biased variance σ² over N·H·W; x̂ = (x − μ)/√(σ² + ε); y = γx̂ + β. The running
 * statistics move by {@code momentum} toward μ and the unbiased variance. Evaluation uses the running statistics.
 * γ and β may be null (no affine part, as before Yin et al.'s quantised activations). Statistics accumulate in double;
 * channels are independent, so the thread count cannot change results.
 */
public final class Norm {

  private static final int VALUES = 0;
  private static final int SQUARED_DEVIATIONS = 1;

  private Norm() {}

  public static Tensor batchNorm(Tensor x, Tensor gamma, Tensor beta, float[] runningMean, float[] runningVar,
                                 boolean training, float momentum, float eps) {
    if (x.rank() != 2 && x.rank() != 4) {
      throw new IllegalArgumentException("batchNorm: expects [N,C] or [N,C,H,W], got " + x.shape());
    }
    int n = x.dim(0);
    int c = x.dim(1);
    int inner = x.rank() == 4 ? x.dim(2) * x.dim(3) : 1;
    checkChannel("gamma", gamma, c);
    checkChannel("beta", beta, c);
    if (runningMean.length != c || runningVar.length != c) {
      throw new IllegalArgumentException("batchNorm: running statistics must have " + c + " channels");
    }
    int m = n * inner;
    if (training && m < 2) {
      throw new IllegalArgumentException("batchNorm: training needs more than one value per channel, got "
          + x.shape());
    }
    float[] xd = x.contiguous().data();
    float[] gd = gamma == null ? null : gamma.contiguous().data();
    float[] bd = beta == null ? null : beta.contiguous().data();
    // On feature maps x̂ = (x − μ)/σ is not stored: the backward recomputes it from x with the same expression, bit
    // for bit, which saves writing (and zeroing) an array the size of x. [N, C] inputs are small and keep it.
    float[] xhat = inner == 1 ? new float[x.size()] : null;
    double[] means = new double[c];
    float[] invStd = new float[c];
    float[] y = new float[x.size()];
    // [N, C] inputs: a block of channels shares each row's cache lines, so rows are swept once per block. Each
    // channel's sums follow an order fixed by the shapes, so neither the block size nor threads change results.
    int block = inner == 1 ? 64 : 1;
    int blocks = (c + block - 1) / block;
    Parallel.forRange(blocks, 1, (fromBlock, toBlock) -> {
      double[] mean = new double[block];
      double[] ss = new double[block];
      for (int blk = fromBlock; blk < toBlock; blk++) {
        int c0 = blk * block;
        int cb = Math.min(block, c - c0);
        java.util.Arrays.fill(mean, 0);
        java.util.Arrays.fill(ss, 0);
        if (training && inner == 1) {
          rowStatistics(xd, n, c, c0, cb, m, mean, ss);
        } else if (training) {
          // inner > 1: one channel per block (cb = 1).
          mean[0] = planeSum(VALUES, xd, 0, n, c, c0, inner) / m;
          ss[0] = planeSum(SQUARED_DEVIATIONS, xd, mean[0], n, c, c0, inner);
        }
        for (int q = 0; q < cb; q++) {
          int ch = c0 + q;
          double var;
          if (training) {
            var = ss[q] / m;
            runningMean[ch] = (float) ((1 - momentum) * runningMean[ch] + momentum * mean[q]);
            runningVar[ch] = (float) ((1 - momentum) * runningVar[ch] + momentum * ss[q] / (m - 1));
          } else {
            mean[q] = runningMean[ch];
            var = runningVar[ch];
          }
          invStd[ch] = (float) (1.0 / Math.sqrt(var + eps));
          means[ch] = mean[q];
        }
        if (inner == 1) {
          rowsNormalize(xd, n, c, c0, cb, mean, invStd, gd, bd, xhat, y);
          continue;
        }
        for (int i = 0; i < n; i++) {
          for (int q = 0; q < cb; q++) {
            int ch = c0 + q;
            int base = (i * c + ch) * inner;
            double mu = mean[q];
            float is = invStd[ch];
            float gam = gd == null ? 1f : gd[ch];
            float bet = bd == null ? 0f : bd[ch];
            for (int j = 0; j < inner; j++) {
              float h = (float) ((xd[base + j] - mu) * is);
              y[base + j] = gam * h + bet;
            }
          }
        }
      }
    });
    Tensor out = Tensor.wrap(y, x.dims());
    return Autograd.record("batchNorm", out, g -> {
      float[] gy = g.contiguous().data();
      float[] gx = x.requiresGrad() ? new float[x.size()] : null;
      float[] gGamma = new float[c];
      float[] gBeta = new float[c];
      Parallel.forRange(blocks, 1, (fromBlock, toBlock) -> {
        double[] sumG = new double[block];
        double[] sumGh = new double[block];
        for (int blk = fromBlock; blk < toBlock; blk++) {
          int c0 = blk * block;
          int cb = Math.min(block, c - c0);
          java.util.Arrays.fill(sumG, 0);
          java.util.Arrays.fill(sumGh, 0);
          if (inner == 1) {
            rowsBackward(gy, xhat, n, c, c0, cb, m, training, gd, invStd, sumG, sumGh, gGamma, gBeta, gx);
            continue;
          }
          gradientSums(gy, xd, means[c0], invStd[c0], n, c, c0, inner, sumG, sumGh);
          for (int q = 0; q < cb; q++) {
            gGamma[c0 + q] = (float) sumGh[q];
            gBeta[c0 + q] = (float) sumG[q];
          }
          if (gx == null) {
            continue;
          }
          for (int i = 0; i < n; i++) {
            for (int q = 0; q < cb; q++) {
              int ch = c0 + q;
              int base = (i * c + ch) * inner;
              float gam = gd == null ? 1f : gd[ch];
              float scale = gam * invStd[ch];
              double meanG = sumG[q] / m;
              double meanGh = sumGh[q] / m;
              double mu = means[ch];
              float is = invStd[ch];
              for (int j = 0; j < inner; j++) {
                float h = (float) ((xd[base + j] - mu) * is);
                gx[base + j] = training
                    // ∂L/∂x = γ/(m·σ) · (m·g − Σg − x̂·Σ(g·x̂)): the batch statistics depend on x.
                    ? (float) (scale * (gy[base + j] - meanG - h * meanGh))
                    : scale * gy[base + j];
              }
            }
          }
        }
      });
      return new Tensor[] {
          gx == null ? null : Tensor.wrap(gx, x.dims()),
          gamma == null ? null : Tensor.wrap(gGamma, c),
          beta == null ? null : Tensor.wrap(gBeta, c)};
    }, x, gamma, beta);
  }

  /**
   * One channel's sum over the N planes of an [N, C, inner] array: Σ a ({@link #VALUES}) or Σ (a − shift)²
   * ({@link #SQUARED_DEVIATIONS}). Four running sums take the positions j mod 4 of each plane and are added at the
   * end, so consecutive adds do not wait on each other (with one chain of double adds the forward pass over
   * [64, 64, 32, 32] took 13 ms on one thread). The order depends on the shapes only.
   */
  private static double planeSum(int kind, float[] a, double shift, int n, int c, int ch, int inner) {
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
  private static void gradientSums(float[] gy, float[] xd, double mu, float is, int n, int c, int ch, int inner,
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

  // [N, C] inputs (inner = 1): the same arithmetic as the general loops, in the same order per channel (rows i in
  // order), with the channel loop innermost over contiguous memory so that the JIT vectorizes it. Results are bitwise
  // those of the general loops.

  private static void rowStatistics(float[] xd, int n, int c, int c0, int cb, int m, double[] mean, double[] ss) {
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

  private static void rowsNormalize(float[] xd, int n, int c, int c0, int cb, double[] mean, float[] invStd,
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

  private static void rowsBackward(float[] gy, float[] xhat, int n, int c, int c0, int cb, int m, boolean training,
                                   float[] gd, float[] invStd, double[] sumG, double[] sumGh, float[] gGamma,
                                   float[] gBeta, float[] gx) {
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

  private static void checkChannel(String name, Tensor t, int c) {
    if (t != null && (t.rank() != 1 || t.dim(0) != c)) {
      throw new IllegalArgumentException("batchNorm: " + name + " must be [" + c + "], got " + t.shape());
    }
  }
}
