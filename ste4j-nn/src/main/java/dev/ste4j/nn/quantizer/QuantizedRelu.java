package dev.ste4j.nn.quantizer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The b-bit uniform quantized ReLU of Yin et al. (ICLR 2019, section 5), registry name {@code qrelu}.
 *
 * <p>forward, with resolution α and top level α(2^b − 1): q(x) = 0 for x ≤ 0; α⌈x/α⌉ for 0 &lt; x ≤ α(2^b − 1)
 * (so each level kα takes the interval ((k−1)α, kα]); α(2^b − 1) above. pseudo-derivative by {@code ste}:
 * identity 1; relu 1{x &gt; 0}; clipped_relu 1{0 &lt; x ≤ α(2^b − 1)} ({@link KinkConvention#TOP_CLOSED}).
 *
 * <p>α is fixed, chosen by Lloyd's algorithm on half-Gaussian data; {@link #defaultAlpha(int)} gives the paper's
 * 1.2221, 0.6511 and 0.1946 for 1, 2 and 4 bits.
 *
 * @param bits b, 1 to 16
 * @param alpha resolution α &gt; 0
 * @param ste the straight-through estimator
 */
public record QuantizedRelu(int bits, float alpha, SteVariant ste) implements ElementwiseQuantizer {

  public QuantizedRelu {
    if (bits < 1 || bits > 16) {
      throw new IllegalArgumentException("qrelu: bits must be 1..16, got " + bits);
    }
    if (!(alpha > 0) || Float.isInfinite(alpha)) {
      throw new IllegalArgumentException("qrelu: alpha must be a positive number, got " + alpha);
    }
    if (ste == null) {
      throw new IllegalArgumentException("qrelu: ste must be given");
    }
  }

  /** Yin et al.'s α for 1, 2 and 4 bits; other widths have no published value and need alpha set. */
  public static float defaultAlpha(int bits) {
    return switch (bits) {
      case 1 -> 1.2221f;
      case 2 -> 0.6511f;
      case 4 -> 0.1946f;
      default -> throw new IllegalArgumentException("qrelu: no default alpha for bits=" + bits
          + " (Yin et al. give 1, 2 and 4 bits); set alpha");
    };
  }

  /** The largest level α(2^b − 1). */
  public float top() {
    return alpha * ((1 << bits) - 1);
  }

  @Override
  public String name() {
    return "qrelu";
  }

  @Override
  public int precision() {
    return bits;
  }

  @Override
  public Map<String, String> config() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("bits", Integer.toString(bits));
    c.put("alpha", Float.toString(alpha));
    c.put("ste", ste.key());
    return c;
  }

  @Override
  public String formula() {
    return "q(x) = alpha * min(max(ceil(x/alpha), 0), 2^bits - 1);  q'(x) = identity: 1 | relu: 1{x > 0}"
        + " | clipped_relu: 1{0 < x <= alpha(2^bits - 1)}";
  }

  @Override
  public float forward(float x) {
    if (!(x > 0f)) {
      return 0f;
    }
    int levels = (1 << bits) - 1;
    double k = Math.ceil((double) x / alpha);
    return alpha * (float) Math.min(k, levels);
  }

  @Override
  public float pseudoDerivative(float x) {
    return ste.pseudoDerivative(x, top(), KinkConvention.TOP_CLOSED);
  }
}
