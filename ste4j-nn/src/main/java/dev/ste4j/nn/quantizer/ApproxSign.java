package dev.ste4j.nn.quantizer;

import java.util.Map;

/**
 * Sign with the piecewise-linear ApproxSign pseudo-derivative of Bi-Real Net (Liu et al., ECCV 2018; Larq's
 * {@code approx_sign}).
 *
 * <p>forward: q(x) = +1 if x ≥ 0, −1 otherwise (sign(0) = +1). pseudo-derivative: (2 − 2|x|)·1{|x| ≤ 1}, the
 * derivative of the quadratic approximation 2x + x·|x| of sign on [−1, 1]; 2 at 0, 0 at |x| = 1 and beyond.
 */
public record ApproxSign() implements SignQuantizer {

  @Override
  public String name() {
    return "approx_sign";
  }

  @Override
  public Map<String, String> config() {
    return Map.of();
  }

  @Override
  public String formula() {
    return "q(x) = x >= 0 ? +1 : -1;  q'(x) = (2 - 2|x|) * 1{|x| <= 1}";
  }

  @Override
  public float pseudoDerivative(float x) {
    float a = Math.abs(x);
    return a <= 1f ? 2f - 2f * a : 0f;
  }
}
