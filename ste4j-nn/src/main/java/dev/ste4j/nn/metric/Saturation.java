package dev.ste4j.nn.metric;

import dev.ste4j.tensor.ops.FloatUnaryOperator;

/**
 * The fraction of values outside a straight-through estimator's pass band: where its pseudo-derivative is 0, so no
 * gradient reaches them. For latent weights of a sign quantizer with the clipped STE 1{|w| ≤ c}, a saturated weight
 * no longer learns; for pre-activations it is a unit whose input gets no gradient.
 */
public final class Saturation {

  private Saturation() {}

  /** Fraction of {@code values} where {@code pseudoDerivative} is exactly 0; NaN for an empty array. */
  public static double fraction(float[] values, FloatUnaryOperator pseudoDerivative) {
    if (values.length == 0) {
      return Double.NaN;
    }
    long out = 0;
    for (float v : values) {
      if (pseudoDerivative.apply(v) == 0f) {
        out++;
      }
    }
    return out / (double) values.length;
  }

  /** Fraction of values with |x| &gt; clip (outside the clipped-identity pass band 1{|x| ≤ clip}). */
  public static double outsideClip(float[] values, float clip) {
    return fraction(values, v -> Math.abs(v) <= clip ? 1f : 0f);
  }
}
