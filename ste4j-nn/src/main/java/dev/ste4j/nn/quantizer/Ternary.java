package dev.ste4j.nn.quantizer;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.StraightThrough;
import java.util.Map;

/**
 * Ternary quantization to {−1, 0, +1} (Larq's {@code ste_tern}; the threshold rule of Li &amp; Liu, "Ternary Weight
 * Networks", 2016).
 *
 * <p>forward: q(x) = 0 where |x| ≤ Δ, sign(x) elsewhere (so |x| = Δ exactly gives 0). Δ is either the fixed
 * {@code threshold} or, with {@code threshold=auto}, Δ = 0.7·mean|x| over the whole tensor (computed on each call,
 * treated as a constant in the backward). pseudo-derivative: 1{|x| ≤ 1}.
 *
 * @param threshold the fixed Δ ≥ 0, or NaN for the 0.7·mean|x| rule
 */
public record Ternary(float threshold) implements Quantizer {

  public Ternary {
    if (threshold < 0 || Float.isInfinite(threshold)) {
      throw new IllegalArgumentException("ternary: threshold must be a non-negative number or auto, got " + threshold);
    }
  }

  /** The Ternary Weight Networks rule Δ = 0.7·mean|x|. */
  public static Ternary auto() {
    return new Ternary(Float.NaN);
  }

  public boolean isAuto() {
    return Float.isNaN(threshold);
  }

  @Override
  public String name() {
    return "ternary";
  }

  @Override
  public int precision() {
    return 2;
  }

  @Override
  public Map<String, String> config() {
    return Map.of("threshold", isAuto() ? "auto" : Float.toString(threshold));
  }

  @Override
  public String formula() {
    return "q(x) = |x| <= t ? 0 : sign(x), t = threshold or 0.7*mean|x| (auto);  q'(x) = 1{|x| <= 1}";
  }

  /** The threshold used for a given tensor: the fixed one, or 0.7·mean|x|. */
  public float thresholdFor(float[] x) {
    if (!isAuto()) {
      return threshold;
    }
    double s = 0;
    for (float v : x) {
      s += Math.abs(v);
    }
    return x.length == 0 ? 0f : (float) (0.7 * s / x.length);
  }

  /** The forward for a given threshold Δ. */
  public static float forward(float x, float delta) {
    return Math.abs(x) <= delta ? 0f : (x > 0f ? 1f : -1f);
  }

  /** The pseudo-derivative 1{|x| ≤ 1}. */
  public float pseudoDerivative(float x) {
    return Math.abs(x) <= 1f ? 1f : 0f;
  }

  @Override
  public Tensor quantize(Tensor x) {
    float delta = thresholdFor(x.data());
    return StraightThrough.apply("ternary", x, v -> forward(v, delta), this::pseudoDerivative);
  }
}
