package dev.ste4j.nn.quantizer;

import java.util.Map;

/**
 * The binary activation 1{x &gt; 0} of Yin et al. ("Understanding Straight-Through Estimator in Training Activation
 * Quantized Neural Nets", ICLR 2019), with one of their three STEs.
 *
 * <p>forward: q(x) = 1 if x &gt; 0, else 0 (so q(0) = 0: this is a step, not a sign). pseudo-derivative by
 * {@code ste}: identity 1; relu 1{x &gt; 0}; clipped_relu 1{0 &lt; x &lt; 1} (open at both ends, the derivative of
 * min(max(x, 0), 1) taken as 0 at its kinks: {@link KinkConvention#YIN2019}).
 *
 * @param ste the straight-through estimator
 */
public record Heaviside(SteVariant ste) implements ElementwiseQuantizer {

  public Heaviside {
    if (ste == null) {
      throw new IllegalArgumentException("heaviside: ste must be given");
    }
  }

  @Override
  public String name() {
    return "heaviside";
  }

  @Override
  public int precision() {
    return 1;
  }

  @Override
  public Map<String, String> config() {
    return Map.of("ste", ste.key());
  }

  @Override
  public String formula() {
    return "q(x) = x > 0 ? 1 : 0;  q'(x) = identity: 1 | relu: 1{x > 0} | clipped_relu: 1{0 < x < 1}";
  }

  @Override
  public float forward(float x) {
    return x > 0f ? 1f : 0f;
  }

  @Override
  public float pseudoDerivative(float x) {
    return ste.pseudoDerivative(x, 1f, KinkConvention.YIN2019);
  }
}
