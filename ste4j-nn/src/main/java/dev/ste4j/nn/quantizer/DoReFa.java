package dev.ste4j.nn.quantizer;

import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Elementwise;
import dev.ste4j.tensor.ops.StraightThrough;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DoReFa-Net k-bit quantization (Zhou et al., "DoReFa-Net", 2016; Larq's {@code dorefa_quantizer}).
 *
 * <p>With n = 2^k − 1 and round-half-even r(·):
 * <ul>
 *   <li>activations: q(x) = r(clip(x, 0, 1)·n)/n; pseudo-derivative 1{0 ≤ x ≤ 1} (1 at both ends).</li>
 *   <li>weights: t = tanh(w)/max|tanh(w)| over the whole tensor, q(w) = 2·r((t/2 + ½)·n)/n − 1 ∈ [−1, 1]. Only the
 *   rounding is straight-through (identity); the tanh and the max normalisation are differentiated exactly, so the
 *   backward is not elementwise: for a value that is not the maximum, ∂q/∂w = (1 − tanh²w)/max|tanh w|.</li>
 * </ul>
 *
 * @param k bits, 1 to 16
 * @param weights true for the weight mode, false for activations
 */
public record DoReFa(int k, boolean weights) implements Quantizer {

  public DoReFa {
    if (k < 1 || k > 16) {
      throw new IllegalArgumentException("dorefa: k must be 1..16, got " + k);
    }
  }

  @Override
  public String name() {
    return "dorefa";
  }

  @Override
  public int precision() {
    return k;
  }

  @Override
  public Map<String, String> config() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("k", Integer.toString(k));
    c.put("mode", weights ? "weights" : "activations");
    return c;
  }

  @Override
  public String formula() {
    return "activations: q(x) = round(clip(x,0,1)*(2^k-1))/(2^k-1), q'(x) = 1{0 <= x <= 1};"
        + " weights: q(w) = 2*round((tanh(w)/max|tanh(w)|/2 + 1/2)*(2^k-1))/(2^k-1) - 1, identity STE on round";
  }

  /** The activation-mode forward of one value: round-half-even of clip(x, 0, 1)·(2^k − 1), over 2^k − 1. */
  public float activationForward(float x) {
    float n = (1 << k) - 1;
    float c = Math.min(Math.max(x, 0f), 1f);
    return (float) Math.rint(c * n) / n;
  }

  /** The activation-mode pseudo-derivative 1{0 ≤ x ≤ 1}. */
  public float activationDerivative(float x) {
    return x >= 0f && x <= 1f ? 1f : 0f;
  }

  @Override
  public Tensor quantize(Tensor x) {
    if (!weights) {
      return StraightThrough.apply("dorefa", x, this::activationForward, this::activationDerivative);
    }
    Tensor t = Elementwise.tanh(x);
    float max;
    try (var s = NoGrad.enter()) {
      max = Elementwise.abs(t).reshape(1, x.size()).max(1, false).item();
    }
    // The max is taken differentiably so that its gradient flows as in the paper; 0 only when every w is 0.
    Tensor m = Elementwise.abs(t).reshape(1, x.size()).max(1, false);
    Tensor limited = max == 0f ? t : t.div(m.reshape(oneDims(x.rank())));
    Tensor shifted = limited.mul(0.5f).add(0.5f);
    float n = (1 << k) - 1;
    Tensor rounded = StraightThrough.apply("dorefa_round", shifted, v -> (float) Math.rint(v * n) / n, v -> 1f);
    return rounded.mul(2f).add(-1f);
  }

  private static int[] oneDims(int rank) {
    int[] d = new int[Math.max(rank, 1)];
    java.util.Arrays.fill(d, 1);
    return d;
  }
}
