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
