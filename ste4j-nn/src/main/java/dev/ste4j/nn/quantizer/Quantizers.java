package dev.ste4j.nn.quantizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one registry of quantizers: name → factory from string parameters. Unknown names fail listing the known ones;
 * unknown or invalid parameters fail naming the parameter.
 *
 * <table>
 *   <caption>Registry names and parameters (defaults in brackets)</caption>
 *   <tr><td>ste_sign</td><td>clip [1] (a positive number, or none for the identity STE)</td></tr>
 *   <tr><td>approx_sign</td><td>—</td></tr>
 *   <tr><td>swish_sign</td><td>beta [5]</td></tr>
 *   <tr><td>magnitude_aware_sign</td><td>clip [1]</td></tr>
 *   <tr><td>heaviside</td><td>ste = identity | relu | clipped_relu [clipped_relu]</td></tr>
 *   <tr><td>qrelu</td><td>bits [2], alpha [1.2221, 0.6511, 0.1946 for 1, 2, 4 bits], ste [clipped_relu]</td></tr>
 *   <tr><td>dorefa</td><td>k [2], mode = activations | weights [activations]</td></tr>
 *   <tr><td>ternary</td><td>threshold [0.05] (a number, or auto for 0.7·mean|x|)</td></tr>
 *   <tr><td>stochastic_sign</td><td>noise = logistic | uniform [logistic], scale [1]</td></tr>
 * </table>
 */
public final class Quantizers {

  private static final Map<String, Function<Params, Quantizer>> FACTORIES = new LinkedHashMap<>();

  static {
    FACTORIES.put("ste_sign", p -> new SteSign(ClipParam.read(p)));
    FACTORIES.put("approx_sign", p -> new ApproxSign());
    FACTORIES.put("swish_sign", p -> new SwishSign(p.number("beta", 5f)));
    FACTORIES.put("magnitude_aware_sign", p -> new MagnitudeAwareSign(ClipParam.read(p)));
    FACTORIES.put("heaviside", p -> new Heaviside(SteVariant.parse("heaviside", p.string("ste", "clipped_relu"))));
    FACTORIES.put("qrelu", p -> {
      int bits = p.integer("bits", 2);
      float alpha = p.has("alpha") ? p.number("alpha", 0f) : QuantizedRelu.defaultAlpha(bits);
      return new QuantizedRelu(bits, alpha, SteVariant.parse("qrelu", p.string("ste", "clipped_relu")));
    });
    FACTORIES.put("dorefa", p -> new DoReFa(p.integer("k", 2),
        p.choice("mode", "activations", "activations", "weights").equals("weights")));
    FACTORIES.put("ternary", p -> {
      String t = p.string("threshold", "0.05");
      return t.equals("auto") ? Ternary.auto() : new Ternary(p.number("threshold", 0.05f));
    });
    FACTORIES.put("stochastic_sign", p -> new StochasticSign(
        p.choice("noise", "logistic", "logistic", "uniform").equals("logistic"), p.number("scale", 1f)));
  }

  private Quantizers() {}

  /** The registered names in registry order. */
  public static List<String> names() {
    return List.copyOf(FACTORIES.keySet());
  }

  /** A quantizer with default parameters. */
  public static Quantizer create(String name) {
    return create(name, Map.of());
  }

  /** A quantizer from its registry name and string parameters. */
  public static Quantizer create(String name, Map<String, String> params) {
    Function<Params, Quantizer> f = FACTORIES.get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown quantizer '" + name + "'; known: " + String.join(", ", names()));
    }
    Params p = new Params(name, params);
    Quantizer q = f.apply(p);
    p.finish();
    return q;
  }

  /**
   * Parses the compact form used by configs and the CLI: {@code name} or {@code name:key=value,key=value}, e.g.
   * {@code qrelu:bits=2,ste=relu}. The word {@code none} (or an empty string) gives null: no quantizer.
   */
  public static Quantizer parse(String spec) {
    if (spec == null || spec.isBlank() || spec.trim().equals("none")) {
      return null;
    }
    String s = spec.trim();
    int colon = s.indexOf(':');
    String name = colon < 0 ? s : s.substring(0, colon).trim();
    Map<String, String> params = new LinkedHashMap<>();
    if (colon >= 0 && colon < s.length() - 1) {
      for (String kv : s.substring(colon + 1).split(",")) {
        int eq = kv.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("quantizer '" + spec + "': parameter '" + kv.trim()
              + "' is not key=value");
        }
        params.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
      }
    }
    return create(name, params);
  }

  /** The compact form {@code name:key=value,…} that {@link #parse} reads back. */
  public static String format(Quantizer q) {
    if (q == null) {
      return "none";
    }
    StringBuilder sb = new StringBuilder(q.name());
    String sep = ":";
    for (var e : q.config().entrySet()) {
      sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
      sep = ",";
    }
    return sb.toString();
  }
}
