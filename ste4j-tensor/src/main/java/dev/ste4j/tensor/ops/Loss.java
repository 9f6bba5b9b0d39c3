package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Autograd;
import dev.ste4j.tensor.Tensor;

/** Losses, averaged over the batch. */
public final class Loss {

  private Loss() {}

  /**
   * Mean softmax cross-entropy of logits [N, K] against labels in [0, K): −(1/N) Σ log softmax(z_i)[y_i], computed
   * with the log-sum-exp shift for stability; gradient (softmax − onehot)/N.
   */
  public static Tensor softmaxCrossEntropy(Tensor logits, int[] labels) {
    if (logits.rank() != 2 || logits.dim(0) != labels.length) {
      throw new IllegalArgumentException("softmaxCrossEntropy: logits " + logits.shape() + " for " + labels.length
          + " labels; expected [N, K] with N = number of labels");
    }
    int n = logits.dim(0);
    int k = logits.dim(1);
    float[] z = logits.contiguous().data();
    float[] p = new float[n * k];
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (labels[i] < 0 || labels[i] >= k) {
        throw new IllegalArgumentException("softmaxCrossEntropy: label " + labels[i] + " at row " + i
            + " outside [0, " + k + ")");
      }
      float max = Float.NEGATIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        max = Math.max(max, z[i * k + j]);
      }
      double sum = 0;
      for (int j = 0; j < k; j++) {
        double e = Math.exp(z[i * k + j] - max);
        p[i * k + j] = (float) e;
        sum += e;
      }
      for (int j = 0; j < k; j++) {
        p[i * k + j] = (float) (p[i * k + j] / sum);
      }
      total += Math.log(sum) + max - z[i * k + labels[i]];
    }
    Tensor y = Tensor.scalar((float) (total / n));
    return Autograd.record("softmaxCrossEntropy", y, g -> {
      float scale = g.item() / n;
      float[] gz = new float[n * k];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < k; j++) {
          gz[i * k + j] = scale * (p[i * k + j] - (j == labels[i] ? 1f : 0f));
        }
      }
      return new Tensor[] {Tensor.wrap(gz, n, k)};
    }, logits);
  }

  /** Mean squared error (1/size) Σ (pred − target)²; shapes must match. */
  public static Tensor mse(Tensor pred, Tensor target) {
    if (!pred.shape().equals(target.shape())) {
      throw new IllegalArgumentException("mse: prediction " + pred.shape() + " and target " + target.shape()
          + " differ");
    }
    Tensor d = Elementwise.sub(pred, target);
    return Reduce.meanAll(Elementwise.square(d));
  }
}
