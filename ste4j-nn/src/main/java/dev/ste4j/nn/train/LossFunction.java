package dev.ste4j.nn.train;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Loss;

/**
 * The loss a classifier is trained and evaluated with: a scalar from the logits [batch, classes] and the labels,
 * differentiable through the logits. One value of the training configuration, used by the training step, the
 * evaluation and the gradient-mismatch probe alike.
 */
@FunctionalInterface
public interface LossFunction {

  /** Mean softmax cross-entropy ({@link Loss#softmaxCrossEntropy}), the default. */
  LossFunction SOFTMAX_CROSS_ENTROPY = new LossFunction() {
    @Override
    public Tensor of(Tensor logits, int[] labels) {
      return Loss.softmaxCrossEntropy(logits, labels);
    }

    @Override
    public String toString() {
      return "softmax_cross_entropy";
    }
  };

  /** The mean loss over the batch, a scalar tensor. */
  Tensor of(Tensor logits, int[] labels);
}
