package dev.ste4j.nn.layer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.optim.Adam;
import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.nn.quantizer.Quantizers;
import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Loss;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Binary layers forward on the packed XNOR-popcount kernels when input and kernel are ±1, and training is bitwise the
 * same as on the float path: ±1 dot products are exact integers, and the backward is the same float backward.
 */
class PackedForwardTest {

  /** A small binary CNN: float-input conv, two binary convs (one with bias, odd sizes), pool, binary dense. */
  private static Sequential model(String inputQuantizer) {
    Rng rng = new Rng(5);
    Quantizer in = Quantizers.parse(inputQuantizer);
    Quantizer k = Quantizers.parse("ste_sign");
    return new Sequential(
        QuantConv2d.builder(3, 5, 3).padding(1).kernelQuantizer(k).clip(1f).useBias(false).build(rng.split(1)),
        new BatchNorm(5),
        QuantConv2d.builder(5, 7, 3).padding(1).inputQuantizer(in).kernelQuantizer(k).clip(1f).build(rng.split(2)),
        new BatchNorm(7),
        QuantConv2d.builder(7, 70, 3).stride(2).inputQuantizer(in).kernelQuantizer(k).clip(1f).useBias(false)
            .build(rng.split(3)),
        new BatchNorm(70),
        new MaxPool2d(2),
        new Flatten(),
        QuantDense.builder(280, 13).inputQuantizer(in).kernelQuantizer(k).clip(1f).useBias(false).build(rng.split(4)),
        new BatchNorm(13),
        QuantDense.builder(13, 3).inputQuantizer(in).kernelQuantizer(k).clip(1f).build(rng.split(5)));
  }

  private static List<float[]> train(boolean packed, String inputQuantizer, int steps) {
    Sequential m = model(inputQuantizer);
    setPacked(m, packed);
    Adam opt = new Adam(m.namedParameters(), 1e-2, 0.9, 0.999, 1e-8, 0, false);
    Rng data = new Rng(11);
    for (int step = 0; step < steps; step++) {
      float[] x = new float[6 * 3 * 11 * 11];
      data.fillGaussian(x, 1f);
      int[] y = new int[6];
      for (int i = 0; i < y.length; i++) {
        y[i] = data.nextInt(3);
      }
      m.zeroGrad();
      Loss.softmaxCrossEntropy(m.forward(Tensor.wrap(x, 6, 3, 11, 11)), y).backward();
      opt.step(1.0);
      Layers.applyConstraints(m);
    }
    List<float[]> out = new ArrayList<>();
    for (Parameter p : m.parameters()) {
      out.add(p.data().clone());
    }
    m.train(false);
    float[] x = new float[4 * 3 * 11 * 11];
    new Rng(12).fillGaussian(x, 1f);
    try (var s = NoGrad.enter()) {
      out.add(m.forward(Tensor.wrap(x, 4, 3, 11, 11)).toArray());
    }
    return out;
  }

  private static void setPacked(Module m, boolean on) {
    if (m instanceof KernelLayer k) {
      k.usePackedKernels(on);
    }
    for (Module c : m.children().values()) {
      setPacked(c, on);
    }
  }

  @Test
  void trainingStepsAreBitwiseTheSameOnPackedAndFloatKernels() {
    for (String q : List.of("ste_sign", "approx_sign", "stochastic_sign")) {
      List<float[]> packed = train(true, q, 4);
      List<float[]> reference = train(false, q, 4);
      assertThat(packed).hasSameSizeAs(reference);
      for (int i = 0; i < packed.size(); i++) {
        assertThat(packed.get(i)).as(q + ", array " + i).isEqualTo(reference.get(i));
      }
    }
  }

  @Test
  void packedPathIsTakenOnlyForPlusMinusOneValues() {
    Rng rng = new Rng(3);
    Quantizer sign = Quantizers.parse("ste_sign");
    QuantDense binary = QuantDense.builder(70, 5).inputQuantizer(sign).kernelQuantizer(sign).useBias(false).build(rng);
    Tensor x = Tensor.randn(new Rng(4), 1f, 3, 70);
    Tensor qx = binary.inputQuantizer().quantize(x);
    assertThat(binary.packedForward(qx, binary.effectiveKernel())).isTrue();
    binary.useLatentWeights(true);
    assertThat(binary.packedForward(qx, binary.effectiveKernel())).isFalse();
    binary.useLatentWeights(false);
    binary.usePackedKernels(false);
    assertThat(binary.packedForward(qx, binary.effectiveKernel())).isFalse();

    Quantizer heaviside = Quantizers.create("heaviside", Map.of());
    QuantDense zeroOne = QuantDense.builder(70, 5).inputQuantizer(heaviside).kernelQuantizer(sign).useBias(false)
        .build(rng);
    assertThat(zeroOne.packedForward(zeroOne.inputQuantizer().quantize(x), zeroOne.effectiveKernel())).isFalse();
    QuantDense floatInput = QuantDense.builder(70, 5).kernelQuantizer(sign).useBias(false).build(rng);
    assertThat(floatInput.packedForward(x, floatInput.effectiveKernel())).isFalse();
  }
}
