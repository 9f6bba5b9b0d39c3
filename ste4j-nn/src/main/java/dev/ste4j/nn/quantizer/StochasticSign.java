package dev.ste4j.nn.quantizer;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.StraightThrough;
import dev.ste4j.tensor.random.Rng;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stochastic sign of stochastic binary networks (Shekhovtsov &amp; Yanush, "Reintroducing Straight-Through
 * Estimators as Principled Methods for Stochastic Binary Networks", 2021).
 *
 * <p>forward in training: q(x) = sign(x − s·z) with z i.i.d. standard logistic or uniform on [−1, 1] and
 * sign(0) = +1; without noise (evaluation) the deterministic network q(x) = sign(x). pseudo-derivative: the
 * derivative of the mean E[q | x] = 2F(x/s) − 1, i.e. 2f(x/s)/s: logistic 2σ(x/s)(1 − σ(x/s))/s (1/(2s) at 0);
 * uniform (1/s)·1{|x| ≤ s} (the saturated STE of Hubara et al. for s = 1).
 *
 * @param logistic true for logistic noise, false for uniform
 * @param scale noise scale s &gt; 0
 */
public record StochasticSign(boolean logistic, float scale) implements SignQuantizer {

  public StochasticSign {
    if (!(scale > 0) || Float.isInfinite(scale)) {
      throw new IllegalArgumentException("stochastic_sign: scale must be a positive number, got " + scale);
    }
  }

  @Override
  public String name() {
    return "stochastic_sign";
  }

  @Override
  public Map<String, String> config() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("noise", logistic ? "logistic" : "uniform");
    c.put("scale", Float.toString(scale));
    return c;
  }

  @Override
  public String formula() {
    return "q(x) = sign(x - scale*z), z ~ logistic | uniform[-1,1] (sign(x) without noise);"
        + "  q'(x) = logistic: 2*sig(x/s)*(1-sig(x/s))/s | uniform: 1{|x| <= s}/s";
  }

  @Override
  public boolean isStochastic() {
    return true;
  }

  @Override
  public float pseudoDerivative(float x) {
    if (logistic) {
      double sig = 1.0 / (1.0 + Math.exp(-(double) x / scale));
      return (float) (2.0 * sig * (1.0 - sig) / scale);
    }
    return Math.abs(x) <= scale ? 1f / scale : 0f;
  }

  /** One noise draw: standard logistic by the inverse CDF, or uniform on [−1, 1). */
  public float drawNoise(Rng rng) {
    if (logistic) {
      double u = rng.nextDouble();
      // u = 0 would give −∞; nudge it into the open interval, which changes nothing measurable.
      u = Math.max(u, 0x1.0p-53);
      return (float) Math.log(u / (1.0 - u));
    }
    return (float) (2.0 * rng.nextDouble() - 1.0);
  }

  @Override
  public Tensor quantize(Tensor x, Rng noise) {
    if (noise == null) {
      return quantize(x);
    }
    float[] xd = x.data();
    float[] y = new float[xd.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = xd[i] - scale * drawNoise(noise) >= 0f ? 1f : -1f;
    }
    Tensor out = Tensor.wrap(y, x.dims());
    return StraightThrough.applyWhole("stochastic_sign", x, t -> out, this::pseudoDerivative);
  }
}
