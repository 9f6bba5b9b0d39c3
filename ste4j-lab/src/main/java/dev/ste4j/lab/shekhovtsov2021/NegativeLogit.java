package dev.ste4j.lab.shekhovtsov2021;

import java.util.Arrays;

/**
 * ℓ(o, y) = −o_y: affine in the logits, hence affine in each unit of the last hidden layer. Not a sensible training
 * loss (unbounded below); it exists to exhibit the case in which the ST estimator is exactly unbiased.
 */
public record NegativeLogit() implements Loss {

  @Override
  public String name() {
    return "negative_logit";
  }

  @Override
  public double value(double[] logits, int label) {
    return -logits[label];
  }

  @Override
  public double valueAndGradient(double[] logits, int label, double[] grad) {
    Arrays.fill(grad, 0.0);
    grad[label] = -1.0;
    return -logits[label];
  }
}
