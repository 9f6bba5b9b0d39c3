package dev.ste4j.nn.quantizer;

import dev.ste4j.tensor.Tensor;
import java.util.Map;

/**
 * Magnitude-aware sign of Bi-Real Net (Liu et al., ECCV 2018; Larq's {@code magnitude_aware_sign}).
 *
 * <p>forward: q(x) = α_c · sign(x) with sign(0) = +1 and α_c = mean|x| over channel c, where the channel is axis 0 (the
 * output unit of a kernel [out, in] or [out, in, kh, kw]; a rank-1 tensor has one channel). pseudo-derivative: the
 * gradient is stopped on α, so ∂L/∂x = g · α_c · 1{|x| ≤ clip}.
 *
 * @param clip half-width of the pass band, positive; {@link Float#POSITIVE_INFINITY} for none
 */
public record MagnitudeAwareSign(float clip) implements Quantizer {

  public MagnitudeAwareSign {
    ClipParam.check("magnitude_aware_sign", clip);
  }

  @Override
  public String name() {
    return "magnitude_aware_sign";
  }

  @Override
  public int precision() {
    return 1;
  }

  @Override
  public Map<String, String> config() {
    return ClipParam.config(clip);
  }

  @Override
  public String formula() {
    return "q(x) = mean_c|x| * sign(x) per channel (axis 0);  q'(x) = mean_c|x| * 1{|x| <= clip}, no gradient"
        + " through the scale";
  }

  /** Per-channel scales mean|x| over all axes but the first. */
  public static float[] scales(Tensor x) {
    int channels = x.rank() == 0 ? 1 : x.rank() == 1 ? 1 : x.dim(0);
    float[] d = x.data();
    int per = d.length / channels;
    float[] s = new float[channels];
    for (int c = 0; c < channels; c++) {
      double acc = 0;
      for (int i = c * per; i < (c + 1) * per; i++) {
        acc += Math.abs(d[i]);
      }
      s[c] = per == 0 ? 0f : (float) (acc / per);
    }
    return s;
  }

  @Override
  public Tensor quantize(Tensor x) {
    float[] s = scales(x);
    int[] dims = new int[Math.max(x.rank(), 1)];
    java.util.Arrays.fill(dims, 1);
    if (x.rank() > 1) {
      dims[0] = s.length;
    }
    // A constant (no grad) tensor: the product's backward gives g·α to the sign, whose STE adds 1{|x| ≤ clip}.
    Tensor alpha = Tensor.wrap(s, dims);
    return new SteSign(clip).quantize(x).mul(alpha);
  }
}
