package dev.ste4j.nn.quantizer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * For every quantizer of the registry: the backward equals g times the pseudo-derivative written independently in
 * {@link PseudoDerivativeCases}, and for the elementwise ones g · pseudoDerivative(x) exactly, kinks included.
 */
class QuantizerBackwardTest {

  /** Exact zeros, the clip points ±1, their float neighbors, α-levels of qrelu and far values. */
  private static final float[] POINTS = {
      0f, -0f, 1f, -1f, Math.nextUp(1f), Math.nextDown(1f), Math.nextUp(-1f), Math.nextDown(-1f), 0.5f, -0.5f,
      0.6511f, 1.3022f, 1.9533f, 1.9534f, 0.3f, 2.5f, -2.5f, 7f, -40f, 1e-7f, -1e-7f, 0.7f, 0.05f, -0.05f};

  @Test
  void everyRegisteredQuantizerHasAnIndependentCase() {
    assertThat(PseudoDerivativeCases.BY_NAME.keySet()).as("quantizers without a case in PseudoDerivativeCases")
        .containsExactlyInAnyOrderElementsOf(Quantizers.names());
    PseudoDerivativeCases.BY_NAME.forEach((name, cases) -> {
      assertThat(cases).as(name).isNotEmpty();
      cases.forEach(c -> assertThat(Quantizers.parse(c.spec()).name()).isEqualTo(name));
    });
  }

  @Test
  void backwardEqualsTheIndependentPseudoDerivative() {
    Rng rng = new Rng(7);
    for (String name : Quantizers.names()) {
      for (PseudoDerivativeCases.Case c : PseudoDerivativeCases.BY_NAME.getOrDefault(name, List.of())) {
        Quantizer q = Quantizers.parse(c.spec());
        float[] in = c.input() == null ? POINTS : c.input();
        Tensor x = Tensor.of(in, in.length).requiresGrad(true);
        float[] g = gaussian(rng, in.length);
        q.quantize(x).backward(Tensor.of(g, g.length));
        double[] want = c.expected().of(in, g);
        float[] gx = x.grad().data();
        for (int i = 0; i < in.length; i++) {
          // Float arithmetic against double: the tolerance is a few ulps, far below any wrong kink (|g|).
          assertThat((double) gx[i]).as("%s backward at %s", c.spec(), in[i])
              .isCloseTo(want[i], org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(want[i]))));
        }
      }
    }
  }

  @Test
  void backwardIsGradientTimesPseudoDerivativeExactly() {
    Rng rng = new Rng(7);
    for (String name : Quantizers.names()) {
      for (PseudoDerivativeCases.Case c : PseudoDerivativeCases.BY_NAME.getOrDefault(name, List.of())) {
        if (!(Quantizers.parse(c.spec()) instanceof ElementwiseQuantizer q)) {
          continue;
        }
        Tensor x = Tensor.of(POINTS, POINTS.length).requiresGrad(true);
        float[] g = gaussian(rng, POINTS.length);
        Tensor y = q.quantize(x);
        y.backward(Tensor.of(g, g.length));
        float[] gx = x.grad().data();
        float[] yd = y.data();
        for (int i = 0; i < POINTS.length; i++) {
          assertThat(yd[i]).as("%s forward at %s", q.describe(), POINTS[i]).isEqualTo(q.forward(POINTS[i]));
          assertThat(gx[i]).as("%s backward at %s", q.describe(), POINTS[i])
              .isEqualTo(g[i] * q.pseudoDerivative(POINTS[i]));
        }
      }
    }
  }

  private static float[] gaussian(Rng rng, int n) {
    float[] g = new float[n];
    for (int i = 0; i < n; i++) {
      g[i] = (float) rng.nextGaussian();
    }
    return g;
  }

  @Test
  void signOfExactZeroIsPlusOne() {
    for (String name : List.of("ste_sign", "approx_sign", "swish_sign", "stochastic_sign")) {
      ElementwiseQuantizer q = (ElementwiseQuantizer) Quantizers.create(name);
      assertThat(q.forward(0f)).as(name).isEqualTo(1f);
      assertThat(q.forward(-0f)).as(name).isEqualTo(1f);
      assertThat(q.forward(-Float.MIN_VALUE)).as(name).isEqualTo(-1f);
    }
    Tensor z = Tensor.of(new float[] {0f, -0f, 0f, -0f}, 2, 2);
    assertThat(Quantizers.create("magnitude_aware_sign").quantize(z).data()).containsOnly(0f);
    Tensor zw = Tensor.of(new float[] {0f, 2f, -0f, -2f}, 2, 2);
    // Channel scales are 1 and 1: sign(0) = +1 gives +1, sign(−0) = +1 as well.
    assertThat(Quantizers.create("magnitude_aware_sign").quantize(zw).data()).containsExactly(1f, 1f, 1f, -1f);
  }

  @Test
  void magnitudeAwareSignStopsTheGradientAtTheScale() {
    float[] w = {0f, 0.5f, -1f, 2f, 1f, -0.25f, 0.75f, -3f};
    Tensor x = Tensor.of(w, 2, 4).requiresGrad(true);
    float[] g = {1f, -2f, 0.5f, 3f, -1f, 1.5f, 2f, -0.5f};
    Tensor y = new MagnitudeAwareSign(1f).quantize(x);
    y.backward(Tensor.of(g, 2, 4));
    float a0 = (0f + 0.5f + 1f + 2f) / 4f;
    float a1 = (1f + 0.25f + 0.75f + 3f) / 4f;
    assertThat(y.data()).containsExactly(a0, a0, -a0, a0, a1, -a1, a1, -a1);
    // Pass band |x| ≤ 1: x = 2 and x = −3 get nothing; x = ±1 (the edge) passes.
    assertThat(x.grad().data()).containsExactly(
        g[0] * a0, g[1] * a0, g[2] * a0, g[3] * a0 * 0f, g[4] * a1, g[5] * a1, g[6] * a1, g[7] * a1 * 0f);
  }

  @Test
  void ternaryFixedAndAutoThresholds() {
    float[] w = {0f, 0.05f, -0.05f, 0.06f, -0.5f, 1f, -1.5f, 0.049f};
    Tensor x = Tensor.of(w, w.length).requiresGrad(true);
    Tensor y = new Ternary(0.05f).quantize(x);
    assertThat(y.data()).containsExactly(0f, 0f, 0f, 1f, -1f, 1f, -1f, 0f);
    float[] g = {1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f};
    y.backward(Tensor.of(g, g.length));
    assertThat(x.grad().data()).containsExactly(1f, 2f, 3f, 4f, 5f, 6f, 0f, 8f);
    // auto: Δ = 0.7 · mean|w| = 0.7 · 3.209/8 = 0.2807875; 0.5, 1, 1.5 survive.
    Ternary auto = Ternary.auto();
    assertThat(auto.thresholdFor(w)).isCloseTo(0.7f * 3.209f / 8f, org.assertj.core.data.Offset.offset(1e-6f));
    assertThat(auto.quantize(Tensor.of(w, w.length)).data()).containsExactly(0f, 0f, 0f, 0f, -1f, 1f, -1f, 0f);
    float[] v = {0.2807875f, 0.2807876f};
    // With Δ from these two values themselves (0.7·mean = 0.19937) both exceed it.
    assertThat(auto.quantize(Tensor.of(v, 2)).data()).containsExactly(1f, 1f);
  }

  @Test
  void doReFaActivationsRoundHalfEvenOnTheGrid() {
    DoReFa q = new DoReFa(2, false);
    float[] x = {-0.5f, 0f, 1f / 6f, 0.5f, 5f / 6f, 1f, 1.5f, 0.2f};
    Tensor t = Tensor.of(x, x.length).requiresGrad(true);
    Tensor y = q.quantize(t);
    // n = 3: 1/6·3 = 0.5 → 0 (half to even); 0.5·3 = 1.5 → 2; 5/6·3 = 2.5 → 2; 0.2·3 = 0.6 → 1.
    assertThat(y.data()).containsExactly(0f, 0f, 0f, 2f / 3f, 2f / 3f, 1f, 1f, 1f / 3f);
    float[] g = {1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f};
    y.backward(Tensor.of(g, g.length));
    assertThat(t.grad().data()).containsExactly(0f, 2f, 3f, 4f, 5f, 6f, 0f, 8f);
  }

  @Test
  void doReFaWeightsDifferentiateTanhAndNormalisation() {
    DoReFa q = new DoReFa(1, true);
    float[] w = {0.3f, -1.2f, 0.05f, 0.8f};
    Tensor t = Tensor.of(w, 2, 2).requiresGrad(true);
    Tensor y = q.quantize(t);
    assertThat(y.data()).containsExactly(1f, -1f, 1f, 1f);
    // Gradient only on element 0, which is not the maximum |tanh| (element 1 is): (1 − tanh²w₀)/max|tanh|.
    t.zeroGrad();
    Tensor y2 = q.quantize(t);
    y2.backward(Tensor.of(new float[] {1f, 0f, 0f, 0f}, 2, 2));
    double m = Math.abs(Math.tanh(-1.2));
    double expected = (1 - Math.pow(Math.tanh(0.3), 2)) / m;
    assertThat((double) t.grad().data()[0]).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(t.grad().data()[2]).isEqualTo(0f);
  }

  @Test
  void quantizedReluLevelsAndBoundaries() {
    QuantizedRelu q = new QuantizedRelu(2, 0.5f, SteVariant.CLIPPED_RELU);
    // Levels 0, 0.5, 1, 1.5; kα covers ((k−1)α, kα]; top α(2^b − 1) = 1.5.
    assertThat(q.forward(0f)).isEqualTo(0f);
    assertThat(q.forward(-3f)).isEqualTo(0f);
    assertThat(q.forward(1e-6f)).isEqualTo(0.5f);
    assertThat(q.forward(0.5f)).isEqualTo(0.5f);
    assertThat(q.forward(Math.nextUp(0.5f))).isEqualTo(1f);
    assertThat(q.forward(1.5f)).isEqualTo(1.5f);
    assertThat(q.forward(9f)).isEqualTo(1.5f);
    assertThat(q.pseudoDerivative(0f)).isEqualTo(0f);
    assertThat(q.pseudoDerivative(1.5f)).isEqualTo(1f);
    assertThat(q.pseudoDerivative(Math.nextUp(1.5f))).isEqualTo(0f);
    assertThat(new QuantizedRelu(2, 0.5f, SteVariant.RELU).pseudoDerivative(9f)).isEqualTo(1f);
    assertThat(new QuantizedRelu(2, 0.5f, SteVariant.IDENTITY).pseudoDerivative(-9f)).isEqualTo(1f);
  }

  @Test
  void pseudoDerivativesAtTheirKinks() {
    assertThat(new SteSign(1f).pseudoDerivative(1f)).isEqualTo(1f);
    assertThat(new SteSign(1f).pseudoDerivative(Math.nextUp(1f))).isEqualTo(0f);
    assertThat(new SteSign(Float.POSITIVE_INFINITY).pseudoDerivative(1e30f)).isEqualTo(1f);
    assertThat(new ApproxSign().pseudoDerivative(0f)).isEqualTo(2f);
    assertThat(new ApproxSign().pseudoDerivative(0.5f)).isEqualTo(1f);
    assertThat(new ApproxSign().pseudoDerivative(-1f)).isEqualTo(0f);
    assertThat(new SwishSign(5f).pseudoDerivative(0f)).isEqualTo(5f);
    assertThat(new SwishSign(5f).pseudoDerivative(1e5f)).isEqualTo(0f);
    assertThat(new Heaviside(SteVariant.CLIPPED_RELU).pseudoDerivative(1f)).isEqualTo(0f);
    assertThat(new Heaviside(SteVariant.CLIPPED_RELU).pseudoDerivative(0.999f)).isEqualTo(1f);
    assertThat(new Heaviside(SteVariant.RELU).pseudoDerivative(0f)).isEqualTo(0f);
    assertThat(new Heaviside(SteVariant.IDENTITY).forward(0f)).isEqualTo(0f);
    assertThat(new StochasticSign(true, 2f).pseudoDerivative(0f)).isEqualTo(0.25f);
    assertThat(new StochasticSign(false, 0.5f).pseudoDerivative(0.5f)).isEqualTo(2f);
    assertThat(new StochasticSign(false, 0.5f).pseudoDerivative(0.51f)).isEqualTo(0f);
  }

  @Test
  void stochasticSignIsSeededAndUnbiased() {
    StochasticSign q = new StochasticSign(true, 1f);
    float[] x = new float[20000];
    java.util.Arrays.fill(x, 0.5f);
    float[] a = q.quantize(Tensor.of(x, x.length), new Rng(3)).data();
    float[] b = q.quantize(Tensor.of(x, x.length), new Rng(3)).data();
    assertThat(a).containsExactly(b);
    double mean = 0;
    for (float v : a) {
      mean += v;
    }
    // E[sign(x − z)] = 2σ(x) − 1 = tanh(x/2) = 0.2449 for logistic z; 20000 draws: sd ≈ 0.007.
    assertThat(mean / a.length).isCloseTo(Math.tanh(0.25), org.assertj.core.data.Offset.offset(0.03));
    assertThat(q.quantize(Tensor.of(new float[] {-0.1f, 0f}, 2), null).data()).containsExactly(-1f, 1f);
    // With noise the backward is still exactly g · pseudoDerivative(x).
    for (StochasticSign s : new StochasticSign[] {q, new StochasticSign(false, 0.5f)}) {
      Tensor t = Tensor.of(new float[] {0f, 0.5f, -0.5f, 0.51f, 3f}, 5).requiresGrad(true);
      float[] g = {1f, -2f, 3f, 0.5f, 4f};
      s.quantize(t, new Rng(5)).backward(Tensor.of(g, 5));
      for (int i = 0; i < 5; i++) {
        assertThat(t.grad().data()[i]).isEqualTo(g[i] * s.pseudoDerivative(t.data()[i]));
      }
    }
  }

  @Test
  void registryRoundTripsEveryQuantizer() {
    for (String name : Quantizers.names()) {
      Quantizer q = Quantizers.create(name);
      assertThat(q.name()).isEqualTo(name);
      assertThat(Quantizers.create(name, q.config())).isEqualTo(q);
      assertThat(Quantizers.parse(Quantizers.format(q))).isEqualTo(q);
      assertThat(q.formula()).isNotBlank();
    }
    assertThat(Quantizers.create("qrelu", Map.of("bits", "4"))).isEqualTo(
        new QuantizedRelu(4, 0.1946f, SteVariant.CLIPPED_RELU));
    assertThat(Quantizers.create("qrelu", Map.of("bits", "1")).config()).containsEntry("alpha", "1.2221");
    assertThat(Quantizers.parse("ste_sign:clip=none")).isEqualTo(new SteSign(Float.POSITIVE_INFINITY));
    assertThat(Quantizers.parse("none")).isNull();
  }
}
