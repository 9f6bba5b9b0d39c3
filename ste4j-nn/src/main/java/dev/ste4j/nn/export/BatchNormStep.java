package dev.ste4j.nn.export;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Norm;

/** A batch-norm record at inference: the training graph's own evaluation-mode op on the stored statistics. */
final class BatchNormStep implements InferenceStep {

  private final Tensor gamma;
  private final Tensor beta;
  private final float[] mean;
  private final float[] var;
  private final float eps;

  BatchNormStep(float[] gamma, float[] beta, float[] mean, float[] var, float eps) {
    this.gamma = Tensor.wrap(gamma, gamma.length);
    this.beta = Tensor.wrap(beta, beta.length);
    this.mean = mean;
    this.var = var;
    this.eps = eps;
  }

  int channels() {
    return mean.length;
  }

  /**
   * Whether evaluation is a monotone function of each input over all non-NaN floats: finite statistics and γ, β, a
   * finite 1/σ, and γ ≠ 0 (γ = 0 would map ±∞ to NaN).
   */
  boolean monotone() {
    float[] g = gamma.data();
    float[] b = beta.data();
    for (int c = 0; c < mean.length; c++) {
      // As Norm.batchNorm computes it: in double, from the float statistics.
      float invStd = (float) (1.0 / Math.sqrt((double) var[c] + eps));
      if (!Float.isFinite(g[c]) || g[c] == 0f || !Float.isFinite(b[c]) || !Float.isFinite(mean[c])
          || !Float.isFinite(var[c]) || !Float.isFinite(invStd) || !(invStd > 0f)) {
        return false;
      }
    }
    return true;
  }

  /** Per channel, whether the output rises with the input (γ &gt; 0); meaningful when {@link #monotone()}. */
  boolean[] rising() {
    float[] g = gamma.data();
    boolean[] r = new boolean[g.length];
    for (int c = 0; c < g.length; c++) {
      r[c] = g[c] > 0f;
    }
    return r;
  }

  @Override
  public Tensor apply(Tensor x) {
    // Evaluation never writes the running statistics (momentum only applies in training).
    return Norm.batchNorm(x, gamma, beta, mean, var, false, 0f, eps);
  }

  @Override
  public String describe() {
    return "batch norm " + mean.length;
  }
}
