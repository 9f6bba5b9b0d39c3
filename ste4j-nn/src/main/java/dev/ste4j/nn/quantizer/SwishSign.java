package dev.ste4j.nn.quantizer;

import java.util.Map;

/**
 * Sign with the SwishSign pseudo-derivative (Darabi et al., "BNN+", 2018; Larq's {@code swish_sign}).
 *
 * <p>forward: q(x) = +1 if x ≥ 0, −1 otherwise (sign(0) = +1). pseudo-derivative: the derivative of
 * 2σ(βx)(1 + βx(1 − σ(βx))) − 1, namely β(2 − βx·tanh(βx/2)) / (1 + cosh(βx)); β at 0, smooth, with small negative
 * lobes for |x| beyond about 2.4/β.
 *
 * @param beta sharpness β &gt; 0 (default 5)
 */
public record SwishSign(float beta) implements SignQuantizer {

  public SwishSign {
    if (!(beta > 0) || Float.isInfinite(beta)) {
      throw new IllegalArgumentException("swish_sign: beta must be a positive number, got " + beta);
    }
  }

  @Override
  public String name() {
    return "swish_sign";
  }

  @Override
  public Map<String, String> config() {
    return Map.of("beta", Float.toString(beta));
  }

  @Override
  public String formula() {
    return "q(x) = x >= 0 ? +1 : -1;  q'(x) = beta * (2 - beta*x*tanh(beta*x/2)) / (1 + cosh(beta*x))";
  }

  @Override
  public float pseudoDerivative(float x) {
    double bx = (double) beta * x;
    double cosh = Math.cosh(bx);
    // Far out cosh overflows to ∞ and the ratio correctly tends to 0; guard the ∞/∞ of the numerator.
    if (Double.isInfinite(cosh)) {
      return 0f;
    }
    return (float) (beta * (2 - bx * Math.tanh(bx / 2)) / (1 + cosh));
  }
}
