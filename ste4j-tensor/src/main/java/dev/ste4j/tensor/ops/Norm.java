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
    float[] xhat = new float[x.size()];
    float[] invStd = new float[c];
    float[] y = new float[x.size()];
    Parallel.forRange(c, 1, (from, to) -> {
      for (int ch = from; ch < to; ch++) {
        double mean;
        double var;
        if (training) {
          double s = 0;
          for (int i = 0; i < n; i++) {
            int base = (i * c + ch) * inner;
            for (int j = 0; j < inner; j++) {
              s += xd[base + j];
            }
          }
          mean = s / m;
          double ss = 0;
          for (int i = 0; i < n; i++) {
            int base = (i * c + ch) * inner;
            for (int j = 0; j < inner; j++) {
              double d = xd[base + j] - mean;
              ss += d * d;
            }
          }
          var = ss / m;
          runningMean[ch] = (float) ((1 - momentum) * runningMean[ch] + momentum * mean);
          runningVar[ch] = (float) ((1 - momentum) * runningVar[ch] + momentum * ss / (m - 1));
        } else {
          mean = runningMean[ch];
          var = runningVar[ch];
        }
        float is = (float) (1.0 / Math.sqrt(var + eps));
        invStd[ch] = is;
        float gam = gd == null ? 1f : gd[ch];
        float bet = bd == null ? 0f : bd[ch];
        for (int i = 0; i < n; i++) {
          int base = (i * c + ch) * inner;
          for (int j = 0; j < inner; j++) {
            float h = (float) ((xd[base + j] - mean) * is);
            xhat[base + j] = h;
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
      Parallel.forRange(c, 1, (from, to) -> {
        for (int ch = from; ch < to; ch++) {
          double sumG = 0;
          double sumGh = 0;
          for (int i = 0; i < n; i++) {
            int base = (i * c + ch) * inner;
            for (int j = 0; j < inner; j++) {
              sumG += gy[base + j];
              sumGh += gy[base + j] * xhat[base + j];
            }
          }
          gGamma[ch] = (float) sumGh;
          gBeta[ch] = (float) sumG;
          if (gx == null) {
            continue;
          }
          float gam = gd == null ? 1f : gd[ch];
          for (int i = 0; i < n; i++) {
            int base = (i * c + ch) * inner;
            for (int j = 0; j < inner; j++) {
              gx[base + j] = training
                  // ∂L/∂x = γ/(m·σ) · (m·g − Σg − x̂·Σ(g·x̂)): the batch statistics depend on x.
                  ? (float) (gam * invStd[ch] * (gy[base + j] - sumG / m - xhat[base + j] * sumGh / m))
                  : gam * invStd[ch] * gy[base + j];
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

  private static void checkChannel(String name, Tensor t, int c) {
    if (t != null && (t.rank() != 1 || t.dim(0) != c)) {
      throw new IllegalArgumentException("batchNorm: " + name + " must be [" + c + "], got " + t.shape());
    }
  }
}
