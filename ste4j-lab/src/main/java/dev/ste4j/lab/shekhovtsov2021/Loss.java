package dev.ste4j.lab.shekhovtsov2021;

/**
 * The loss of an SBN's output layer, ℓ(o, y) for logits o and label y, with its gradient ∂ℓ/∂o.
 *
 * <p>{@link SoftmaxCrossEntropy} is the default; {@link NegativeLogit} is affine in the logits, which makes the
 * loss affine in each unit of the last hidden layer: the case where the ST estimator is exactly unbiased.
 */
public interface Loss {

  /** ℓ(o, y). */
  double value(double[] logits, int label);

  /** Writes ∂ℓ/∂o into grad (length K) and returns ℓ(o, y). */
  double valueAndGradient(double[] logits, int label, double[] grad);

  /** The registered name ("cross_entropy", "negative_logit"). */
  String name();
}
