package dev.ste4j.nn.quantizer;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A quantizer: a forward map onto a few levels, recorded for autograd with a straight-through backward.
 *
 * <p>Implementations are immutable records built by {@link Quantizers#create}; {@link #name()} and {@link #config()}
 * reproduce them (the registry round-trips {@code create(q.name(), q.config())}).
 */
public interface Quantizer {

  /** The registered name, e.g. {@code ste_sign}. */
  String name();

  /** Bits a quantized value takes (1 for ±1 or {0,1}, 2 for ternary, k for k-bit). */
  int precision();

  /** Parameters by name as the registry accepts them, in a stable order. */
  Map<String, String> config();

  /** One line with the forward formula and the pseudo-derivative, for {@code ste quantizers}. */
  String formula();

  /** The deterministic quantized value of x, with the straight-through backward recorded. */
  Tensor quantize(Tensor x);

  /**
   * The quantized value using {@code noise} for stochastic quantizers (training); deterministic quantizers and a null
   * noise source give {@link #quantize(Tensor)}.
   */
  default Tensor quantize(Tensor x, Rng noise) {
    return quantize(x);
  }

  /**
   * True when every value this quantizer outputs is exactly +1 or −1, whatever the input (NaN included): the packed
   * XNOR kernels may then take its output without scanning it first.
   */
  default boolean emitsSigns() {
    return false;
  }

  /** True when {@link #quantize(Tensor, Rng)} draws noise. */
  default boolean isStochastic() {
    return false;
  }

  /** The registry form {@code name(k=v, …)}. */
  default String describe() {
    Map<String, String> c = config();
    if (c.isEmpty()) {
      return name();
    }
    StringJoiner j = new StringJoiner(", ", name() + "(", ")");
    c.forEach((k, v) -> j.add(k + "=" + v));
    return j.toString();
  }
}
