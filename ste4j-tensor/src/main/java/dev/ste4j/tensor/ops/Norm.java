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
 * channels are independent, so the thread count cannot change results. The sweeps over feature maps are in
 * {@link NormPlanes}, those over [N, C] rows in {@link NormRows}.
 */
public final class Norm {

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
    forChannelBlocks(c, block, (c0, cb, mean, ss) -> {
      if (training && inner == 1) {
        NormRows.statistics(xd, n, c, c0, cb, m, mean, ss);
      } else if (training) {
        // inner > 1: one channel per block (cb = 1).
        mean[0] = NormPlanes.planeSum(NormPlanes.VALUES, xd, 0, n, c, c0, inner) / m;
        ss[0] = NormPlanes.planeSum(NormPlanes.SQUARED_DEVIATIONS, xd, mean[0], n, c, c0, inner);
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
        NormRows.normalize(xd, n, c, c0, cb, mean, invStd, gd, bd, xhat, y);
        return;
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
    });
    Tensor out = Tensor.wrap(y, x.dims());
    return Autograd.record("batchNorm", out, g -> {
      float[] gy = g.contiguous().data();
      float[] gx = x.requiresGrad() ? new float[x.size()] : null;
      float[] gGamma = new float[c];
      float[] gBeta = new float[c];
      forChannelBlocks(c, block, (c0, cb, sumG, sumGh) -> {
        if (inner == 1) {
          NormRows.backward(gy, xhat, n, c, c0, cb, m, training, gd, invStd, sumG, sumGh, gGamma, gBeta, gx);
          return;
        }
        NormPlanes.gradientSums(gy, xd, means[c0], invStd[c0], n, c, c0, inner, sumG, sumGh);
        for (int q = 0; q < cb; q++) {
          gGamma[c0 + q] = (float) sumGh[q];
          gBeta[c0 + q] = (float) sumG[q];
        }
        if (gx == null) {
          return;
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
      });
      return new Tensor[] {
          gx == null ? null : Tensor.wrap(gx, x.dims()),
          gamma == null ? null : Tensor.wrap(gGamma, c),
          beta == null ? null : Tensor.wrap(gBeta, c)};
    }, x, gamma, beta);
  }

  /** One block of channels [c0, c0 + cb) with two zeroed scratch arrays of the block's size. */
  @FunctionalInterface
  private interface ChannelBlock {
    void run(int c0, int cb, double[] first, double[] second);
  }

  /**
   * Runs body over the blocks of {@code block} channels of c, in parallel over blocks; each chunk of blocks allocates
   * its scratch once and zeroes it per block.
   */
  private static void forChannelBlocks(int c, int block, ChannelBlock body) {
    int blocks = (c + block - 1) / block;
    Parallel.forRange(blocks, 1, (fromBlock, toBlock) -> {
      double[] first = new double[block];
      double[] second = new double[block];
      for (int blk = fromBlock; blk < toBlock; blk++) {
        int c0 = blk * block;
        java.util.Arrays.fill(first, 0);
        java.util.Arrays.fill(second, 0);
        body.run(c0, Math.min(block, c - c0), first, second);
      }
    });
  }

  private static void checkChannel(String name, Tensor t, int c) {
    if (t != null && (t.rank() != 1 || t.dim(0) != c)) {
      throw new IllegalArgumentException("batchNorm: " + name + " must be [" + c + "], got " + t.shape());
    }
  }
}
