package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.KinkConvention;
import dev.ste4j.nn.quantizer.SteVariant;

/**
 * The paper's three STEs as this package uses them: the library's {@link SteVariant} with the clip level 1 and
 * {@link KinkConvention#YIN2019} (open at both kinks, as the paper's table writes 1{0 &lt; x &lt; 1}), and the
 * spelling of the shallow experiments' JSON, CSV and {@code --ste} option (identity, relu, clippedRelu), kept from
 * their first release. The deep experiments ({@code yin2019.deep}) use the registry spelling {@link SteVariant#key()}.
 */
public final class YinSte {

  private YinSte() {}

  /** μ'(x) of the paper's table: 1, 1{x &gt; 0} or 1{0 &lt; x &lt; 1}. */
  public static double pseudoDerivative(SteVariant ste, double x) {
    return ste.pseudoDerivative(x, 1.0, KinkConvention.YIN2019);
  }

  /** The name used in JSON and on the command line: identity, relu, clippedRelu. */
  public static String key(SteVariant ste) {
    return ste == SteVariant.CLIPPED_RELU ? "clippedRelu" : ste.key();
  }

  /** The STE named by {@link #key} or the registry spelling, ignoring case; the error lists the names. */
  public static SteVariant parse(String name) {
    for (SteVariant e : SteVariant.values()) {
      if (key(e).equalsIgnoreCase(name) || e.name().equalsIgnoreCase(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown STE '" + name + "'; known: identity, relu, clippedRelu");
  }
}
