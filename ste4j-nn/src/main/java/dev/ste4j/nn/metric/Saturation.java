package dev.ste4j.nn.metric;

import dev.ste4j.nn.layer.Layers;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.nn.layer.QuantizedLayer;
import dev.ste4j.tensor.ops.FloatUnaryOperator;
import java.util.IdentityHashMap;
import java.util.Map;

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

  /**
   * Fraction of the model's 1-bit latent weights outside the pass band of their own layer's clip, |w| &gt; c with c the
   * layer's kernel clip; a 1-bit parameter of a layer without a clip (or of no quantized layer) is measured against 1,
   * the clip of the default kernel constraint. NaN without any 1-bit parameter.
   */
  public static double latent(Module model) {
    Map<Parameter, Float> clips = new IdentityHashMap<>();
    for (QuantizedLayer l : Layers.quantized(model)) {
      if (l.kernel() != null && !Float.isNaN(l.kernelClip())) {
        clips.put(l.kernel(), l.kernelClip());
      }
    }
    long out = 0;
    long total = 0;
    for (Parameter p : model.namedParameters().values()) {
      if (p.precision() == 1) {
        out += Math.round(outsideClip(p.data(), clips.getOrDefault(p, 1f)) * p.data().length);
        total += p.data().length;
      }
    }
    return total == 0 ? Double.NaN : out / (double) total;
  }
}
