package dev.ste4j.nn.quantizer;

import java.util.List;
import java.util.Map;

/**
 * The expected input gradient of every registered quantizer, written here from each quantizer's documented
 * pseudo-derivative and not by calling the code under test: {@link QuantizerBackwardTest} fails for a registry name
 * with no entry, so a new quantizer must bring its own case.
 */
final class PseudoDerivativeCases {

  /** The expected gradient for input x and incoming gradient g. */
  interface Expected {
    double[] of(float[] x, float[] g);
  }

  /** One quantizer spec (registry form) with its expected gradient and, where it needs one, its own input. */
  record Case(String spec, Expected expected, float[] input) {
    Case(String spec, Expected expected) {
      this(spec, expected, null);
    }
  }

  /** An elementwise pseudo-derivative d: gradient g·d(x). */
  interface Scalar {
    double at(double x);
  }

  private PseudoDerivativeCases() {}

  static Expected elementwise(Scalar d) {
    return (x, g) -> {
      double[] out = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        out[i] = g[i] * d.at(x[i]);
      }
      return out;
    };
  }

  private static double indicator(boolean b) {
    return b ? 1 : 0;
  }

  /** Weights with one largest |tanh| (at −1.2), so the max's gradient has one home. */
  private static final float[] DOREFA_WEIGHTS = {0.3f, -1.2f, 0.05f, 0.8f, 0f, -0.5f, 1f, 0.7f};

  /** Registry name → cases. */
  static final Map<String, List<Case>> BY_NAME = Map.of(
      "ste_sign", List.of(
          new Case("ste_sign", elementwise(x -> indicator(Math.abs(x) <= 1))),
          new Case("ste_sign:clip=0.5", elementwise(x -> indicator(Math.abs(x) <= 0.5))),
          new Case("ste_sign:clip=none", elementwise(x -> 1))),
      "approx_sign", List.of(new Case("approx_sign", elementwise(x -> Math.abs(x) <= 1 ? 2 - 2 * Math.abs(x) : 0))),
      // d/dx of 2σ(βx)(1 + βx(1 − σ(βx))) − 1 (Darabi et al.), which simplifies to the formula below.
      "swish_sign", List.of(new Case("swish_sign", elementwise(x -> {
        double b = 5 * x;
        double cosh = Math.cosh(b);
        return Double.isInfinite(cosh) ? 0 : 5 * (2 - b * Math.tanh(b / 2)) / (1 + cosh);
      }))),
      // Yin et al.'s clipped ReLU STE is open at both kinks: 1{0 < x < 1}.
      "heaviside", List.of(
          new Case("heaviside:ste=identity", elementwise(x -> 1)),
          new Case("heaviside:ste=relu", elementwise(x -> indicator(x > 0))),
          new Case("heaviside:ste=clipped_relu", elementwise(x -> indicator(x > 0 && x < 1)))),
      // The quantized ReLU's clip is closed at its top level α(2^b − 1).
      "qrelu", List.of(
          new Case("qrelu:bits=2,alpha=0.6511,ste=identity", elementwise(x -> 1)),
          new Case("qrelu:bits=2,alpha=0.6511,ste=relu", elementwise(x -> indicator(x > 0))),
          new Case("qrelu:bits=2,alpha=0.6511,ste=clipped_relu",
              elementwise(x -> indicator(x > 0 && x <= 0.6511f * 3f))),
          new Case("qrelu:bits=1,ste=clipped_relu", elementwise(x -> indicator(x > 0 && x <= 1.2221f)))),
      // One channel (rank 1): g · mean|x| · 1{|x| ≤ 1}; no gradient through the scale.
      "magnitude_aware_sign", List.of(new Case("magnitude_aware_sign", (x, g) -> {
        double mean = 0;
        for (float v : x) {
          mean += Math.abs(v);
        }
        float scale = (float) (mean / x.length);
        return elementwise(v -> scale * indicator(Math.abs(v) <= 1)).of(x, g);
      })),
      "dorefa", List.of(
          new Case("dorefa:k=2", elementwise(x -> indicator(x >= 0 && x <= 1))),
          new Case("dorefa:k=1,mode=weights", PseudoDerivativeCases::doReFaWeights, DOREFA_WEIGHTS)),
      "ternary", List.of(
          new Case("ternary", elementwise(x -> indicator(Math.abs(x) <= 1))),
          new Case("ternary:threshold=auto", elementwise(x -> indicator(Math.abs(x) <= 1)))),
      // Logistic noise: the density of x − z at 0 is 2σ'(x/s)/s = 2σ(1 − σ)/s; uniform on [−s, s): 1{|x| ≤ s}/s.
      "stochastic_sign", List.of(
          new Case("stochastic_sign", elementwise(x -> {
            double s = 1 / (1 + Math.exp(-x));
            return 2 * s * (1 - s);
          })),
          new Case("stochastic_sign:noise=uniform,scale=0.5", elementwise(x -> indicator(Math.abs(x) <= 0.5) / 0.5))));

  /**
   * DoReFa weights q = 2·round((t/M)/2 + 1/2)·… − 1 with t = tanh w, M = max|t|, identity STE on round: dq/d(t/M) = 1,
   * so dL/dwᵢ = (1 − tᵢ²)(gᵢ/M − [i = argmax] sign(tₐ)·Σⱼ gⱼtⱼ/M²).
   */
  private static double[] doReFaWeights(float[] w, float[] g) {
    int n = w.length;
    double[] t = new double[n];
    int a = 0;
    for (int i = 0; i < n; i++) {
      t[i] = Math.tanh(w[i]);
      if (Math.abs(t[i]) > Math.abs(t[a])) {
        a = i;
      }
    }
    double m = Math.abs(t[a]);
    double gt = 0;
    for (int i = 0; i < n; i++) {
      gt += g[i] * t[i];
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double dt = g[i] / m - (i == a ? Math.signum(t[a]) * gt / (m * m) : 0);
      out[i] = (1 - t[i] * t[i]) * dt;
    }
    return out;
  }
}
