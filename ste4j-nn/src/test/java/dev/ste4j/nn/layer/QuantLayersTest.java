package dev.ste4j.nn.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.nn.quantizer.Quantizers;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuantLayersTest {

  private static final Quantizer SIGN = Quantizers.create("ste_sign");

  private static float sign(float v) {
    return v >= 0 ? 1f : -1f;
  }

  @Test
  void denseMultipliesQuantizedInputByQuantizedKernel() {
    QuantDense d = QuantDense.builder(5, 3).inputQuantizer(SIGN).kernelQuantizer(SIGN).clip(1f).useBias(false)
        .build(new Rng(1));
    Rng rng = new Rng(2);
    Tensor x = Tensor.randn(rng, 1f, 4, 5);
    x.data()[0] = 0f; // sign(0) = +1 enters the product
    float[] w = d.kernel().data();
    float[] y = d.forward(x).data();
    for (int n = 0; n < 4; n++) {
      for (int o = 0; o < 3; o++) {
        float s = 0;
        for (int i = 0; i < 5; i++) {
          s += sign(x.data()[n * 5 + i]) * sign(w[o * 5 + i]);
        }
        assertThat(y[n * 3 + o]).isEqualTo(s);
      }
    }
  }

  @Test
  void denseBackwardPassesThroughBothStraightThroughEstimators() {
    QuantDense d = QuantDense.builder(3, 2).inputQuantizer(SIGN).kernelQuantizer(SIGN).clip(1f).useBias(false)
        .build(new Rng(1));
    float[] w = d.kernel().data();
    System.arraycopy(new float[] {0.5f, -1f, 1.5f, -0.2f, 0f, 0.9f}, 0, w, 0, 6);
    Tensor x = Tensor.of(new float[] {0.3f, -2f, 1f}, 1, 3).requiresGrad(true);
    d.forward(x).backward(Tensor.of(new float[] {1f, 2f}, 1, 2));
    // dL/dx_i = Σ_o g_o sign(w_oi) · 1{|x_i| ≤ 1}: x₁ = −2 is outside the band.
    assertThat(x.grad().data()).containsExactly(1f * 1f + 2f * -1f, 0f, 1f * 1f + 2f * 1f);
    // dL/dw_oi = g_o sign(x_i) · 1{|w_oi| ≤ 1}: w = 1.5 is outside.
    assertThat(d.kernel().grad().data()).containsExactly(1f, -1f, 0f, 2f, -2f, 2f);
  }

  @Test
  void constraintClipsAndLatentSwitchUsesFloatKernel() {
    QuantDense d = QuantDense.builder(2, 1).kernelQuantizer(SIGN).clip(0.5f).useBias(false).build(new Rng(1));
    System.arraycopy(new float[] {2f, -0.25f}, 0, d.kernel().data(), 0, 2);
    Tensor x = Tensor.of(new float[] {1f, 1f}, 1, 2);
    assertThat(d.forward(x).item()).isEqualTo(0f);
    d.useLatentWeights(true);
    assertThat(d.forward(x).item()).isEqualTo(1.75f);
    d.applyConstraint();
    assertThat(d.kernel().data()).containsExactly(0.5f, -0.25f);
    assertThat(d.kernelPrecision()).isEqualTo(32);
  }

  @Test
  void binaryKernelWithoutClipWarns() {
    assertThat(QuantDense.builder(2, 1).kernelQuantizer(SIGN).useBias(false).build(new Rng(1)).warning()).get()
        .asString()
        .contains("without a kernel clip");
    assertThat(QuantDense.builder(2, 1).kernelQuantizer(SIGN).clip(1f).useBias(false).build(new Rng(1)).warning())
        .isEmpty();
    Quantizer dorefa = Quantizers.create("dorefa", Map.of("k", "2", "mode", "weights"));
    assertThat(QuantDense.builder(2, 1).kernelQuantizer(dorefa).useBias(false).build(new Rng(1)).warning()).isEmpty();
  }

  @Test
  void convPadsWithZerosAfterQuantizingTheInput() {
    QuantConv2d c = QuantConv2d.builder(1, 1, 3).padding(1).inputQuantizer(SIGN).kernelQuantizer(SIGN).clip(1f)
        .useBias(false).build(new Rng(3));
    java.util.Arrays.fill(c.kernel().data(), 0.3f);
    Tensor x = Tensor.full(-0.5f, 1, 1, 3, 3);
    float[] y = c.forward(x).data();
    // All inputs become −1 and all weights +1: a corner sees 4 inputs, an edge 6, the center 9.
    assertThat(y).containsExactly(-4f, -6f, -4f, -6f, -9f, -6f, -4f, -6f, -4f);
  }

  @Test
  void layersRejectWrongShapesNamingThem() {
    QuantDense d = QuantDense.builder(3, 2).useBias(false).build(new Rng(1));
    assertThatThrownBy(() -> d.forward(Tensor.zeros(2, 4))).hasMessageContaining("expects input [N, 3]")
        .hasMessageContaining("[2, 4]");
    QuantConv2d c = QuantConv2d.builder(3, 4, 3).padding(1).build(new Rng(1));
    assertThatThrownBy(() -> c.forward(Tensor.zeros(1, 2, 5, 5))).hasMessageContaining("[N, 3, H, W]");
    assertThatThrownBy(() -> new BatchNorm(4).forward(Tensor.zeros(2, 3))).hasMessageContaining("[N, 4]");
  }

  @Test
  void batchNormUsesRunningStatisticsInEvaluation() {
    BatchNorm bn = new BatchNorm(2, false, 1f, 1e-5f);
    Tensor x = Tensor.of(new float[] {1f, 10f, 3f, 30f}, 2, 2);
    float[] train = bn.forward(x).data();
    assertThat(train[0]).isCloseTo(-1f, org.assertj.core.data.Offset.offset(1e-4f));
    // momentum 1: running stats are the batch mean and unbiased variance.
    assertThat(bn.runningMean()).containsExactly(2f, 20f);
    assertThat(bn.runningVar()).containsExactly(2f, 200f);
    bn.train(false);
    float[] eval = bn.forward(Tensor.of(new float[] {2f, 20f}, 1, 2)).data();
    assertThat(eval).containsExactly(0f, 0f);
    assertThat(bn.namedBuffers()).containsOnlyKeys("running_mean", "running_var");
    assertThat(bn.namedParameters()).isEmpty();
  }

  @Test
  void dropoutIsSeededAndInvertedAndOffInEvaluation() {
    Tensor x = Tensor.ones(1000);
    float[] a = new Dropout(0.25f, new Rng(9)).forward(x).data();
    float[] b = new Dropout(0.25f, new Rng(9)).forward(x).data();
    assertThat(a).containsExactly(b);
    int kept = 0;
    for (float v : a) {
      assertThat(v).isIn(0f, 1f / 0.75f);
      kept += v == 0f ? 0 : 1;
    }
    assertThat(kept).isBetween(700, 800);
    Dropout d = new Dropout(0.5f, new Rng(1));
    d.train(false);
    assertThat(d.forward(x)).isSameAs(x);
  }

  @Test
  void activationsAndResidualBlock() {
    Tensor x = Tensor.of(new float[] {-2f, -0.5f, 0f, 0.5f, 2f}, 5);
    assertThat(new Relu().forward(x).data()).containsExactly(0f, 0f, 0f, 0.5f, 2f);
    assertThat(new HardTanh().forward(x).data()).containsExactly(-1f, -0.5f, 0f, 0.5f, 1f);
    assertThat(new QuantActivation(Quantizers.create("heaviside"), null).forward(x).data())
        .containsExactly(0f, 0f, 0f, 1f, 1f);
    BasicBlock block = new BasicBlock(new Sequential(new HardTanh()), null, new Relu());
    assertThat(block.forward(x).data()).containsExactly(0f, 0f, 0f, 1f, 3f);
  }

  @Test
  void layerTraceRecordsShapesInOrder() {
    Sequential s = new Sequential(new Flatten(), QuantDense.builder(12, 4).build(new Rng(1)), new Relu());
    try (LayerTrace t = LayerTrace.start()) {
      s.forward(Tensor.zeros(2, 3, 2, 2));
      assertThat(t.steps()).hasSize(3);
      assertThat(t.steps().get(1).inputDims()).containsExactly(2, 12);
      assertThat(t.steps().get(1).outputDims()).containsExactly(2, 4);
    }
    assertThat(s.namedParameters()).containsOnlyKeys("1.kernel", "1.bias");
  }
}
