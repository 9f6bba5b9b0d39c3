package dev.ste4j.lab.shekhovtsov2021;

/**
 * ℓ(o, y) = log Σ_k exp(o_k) − o_y and its gradient ∂ℓ/∂o = softmax(o) − e_y, in double precision with the
 * maximum subtracted so that large logits do not overflow.
 */
public record SoftmaxCrossEntropy() implements Loss {

  @Override
  public String name() {
    return "cross_entropy";
  }

  @Override
  public double value(double[] logits, int label) {
    double max = Double.NEGATIVE_INFINITY;
    for (double o : logits) {
      max = Math.max(max, o);
    }
    double sum = 0;
    for (double o : logits) {
      sum += Math.exp(o - max);
    }
    return max + Math.log(sum) - logits[label];
  }

  @Override
  public double valueAndGradient(double[] logits, int label, double[] grad) {
    double max = Double.NEGATIVE_INFINITY;
    for (double o : logits) {
      max = Math.max(max, o);
    }
    double sum = 0;
    for (int k = 0; k < logits.length; k++) {
      grad[k] = Math.exp(logits[k] - max);
      sum += grad[k];
    }
    for (int k = 0; k < logits.length; k++) {
      grad[k] /= sum;
    }
    grad[label] -= 1.0;
    return max + Math.log(sum) - logits[label];
  }
}
