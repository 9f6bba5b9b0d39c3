package dev.ste4j.lab.jeong2025;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The STE-gradient method: w_{t+1} = w_t − η·(1/N) Σ_k g_μ(v_t, Q(w_t); Z_k, y_k), Q(w) = sign(w) with sign(0) = +1,
 * g_μ the coarse gradient of Yin et al. 2019 Eq. 5 evaluated at the binary weights and passed straight to w. When the
 * second layer is trained, v_{t+1} = v_t − η·(1/N) Σ_k σ(Z_k Q(w_t))(v_tᵀσ(Z_k Q(w_t)) − y_k), its true gradient,
 * with the same step size (Algorithm 1); otherwise v = v*.
 *
 * @param ste the straight-through estimator μ
 * @param clip the clip level c of {@code clipped_relu} (> 0; unused by the others), in units of √n: the pass band
 *     of μ'(x) = 1{0 < x < c·√n} is scaled to the standard deviation √n of the pre-activation x = zᵀQ(w) (unit-variance
 *     inputs, Q(w) ∈ {±1}ⁿ), so that c = 1 passes the same share of pre-activations at every n and the comparison
 *     with the scale-free identity and ReLU STEs is fair. An absolute band (0, b) is c = b/√n.
 * @param stepSize η > 0
 * @param iterations T ≥ 1
 * @param initialization how w₀ (and v₀) start
 * @param initScale the standard deviation of a Gaussian start (≥ 0)
 * @param trainSecondLayer whether v is trained (true) or fixed at v* (false)
 */
public record MethodConfig(SteVariant ste, double clip, double stepSize, int iterations,
                           Initialization initialization, double initScale, boolean trainSecondLayer)
    implements java.io.Serializable {

  public MethodConfig {
    if (ste == null || initialization == null) {
      throw new IllegalArgumentException("ste and initialization must be given");
    }
    if (!(clip > 0) || Double.isInfinite(clip)) {
      throw new IllegalArgumentException("clip level must be finite and > 0, got " + clip);
    }
    if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
      throw new IllegalArgumentException("step size must be finite and > 0, got " + stepSize);
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations T must be at least 1, got " + iterations);
    }
    if (!(initScale >= 0) || Double.isInfinite(initScale)) {
      throw new IllegalArgumentException("initialization scale must be finite and >= 0, got " + initScale);
    }
  }

  /** Identity STE, v fixed at v*, Gaussian start of scale 1, with the given step size and T. */
  public static MethodConfig identity(double stepSize, int iterations) {
    return new MethodConfig(SteVariant.IDENTITY, 1.0, stepSize, iterations, Initialization.GAUSSIAN, 1.0, false);
  }

  /** The clip level in units of the pre-activation, c·√n, at dimension n: what the coarse gradient uses. */
  public double absoluteClip(int dimension) {
    return clip * Math.sqrt(dimension);
  }

  public MethodConfig withIterations(int t) {
    return new MethodConfig(ste, clip, stepSize, t, initialization, initScale, trainSecondLayer);
  }

  /** Every choice, by name, for run records and reports. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("STE", ste.key());
    if (ste == SteVariant.CLIPPED_RELU) {
      m.put("clip (units of √n)", clip);
    }
    m.put("step size", stepSize);
    m.put("iterations T", iterations);
    m.put("init", initialization == Initialization.ZERO ? "zero" : "gaussian(scale " + initScale + ")");
    m.put("v", trainSecondLayer ? "trained" : "fixed at v*");
    return m;
  }
}
