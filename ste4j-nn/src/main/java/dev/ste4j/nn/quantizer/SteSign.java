package dev.ste4j.nn.quantizer;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.SignSte;
import java.util.Map;

/**
 * Sign with the (clipped) straight-through estimator (Hubara et al., "Binarized Neural Networks", NeurIPS 2016;
 * Larq's {@code ste_sign}).
 *
 * <p>forward: q(x) = +1 if x ≥ 0, −1 otherwise (sign(0) = +1). pseudo-derivative: 1{|x| ≤ clip}, the derivative of
 * hardtanh for clip = 1; at |x| = clip exactly it is 1. {@code clip} = +∞ (registry {@code clip=none}) is the plain
 * identity STE of Bengio et al. (2013).
 *
 * @param clip half-width of the pass band, positive; {@link Float#POSITIVE_INFINITY} for the identity STE
 */
public record SteSign(float clip) implements SignQuantizer {

  public SteSign {
    ClipParam.check("ste_sign", clip);
  }

  @Override
  public String name() {
    return "ste_sign";
  }

  @Override
  public Map<String, String> config() {
    return ClipParam.config(clip);
  }

  @Override
  public String formula() {
    return "q(x) = x >= 0 ? +1 : -1;  q'(x) = " + (Float.isInfinite(clip) ? "1 (identity STE)" : "1{|x| <= clip}");
  }

  /**
   * The dedicated sign op: the same values and gradients as the elementwise definition (tested bitwise), in vector
   * loops instead of a lambda call per element; binary networks run it on every weight and activation of every step.
   */
  @Override
  public Tensor quantize(Tensor x) {
    return SignSte.apply(x, clip);
  }

  @Override
  public float pseudoDerivative(float x) {
    return Math.abs(x) <= clip ? 1f : 0f;
  }
}
