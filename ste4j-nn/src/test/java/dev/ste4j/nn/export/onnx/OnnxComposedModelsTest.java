package dev.ste4j.nn.export.onnx;

import static dev.ste4j.nn.export.onnx.OnnxRuntimeAgreementTest.assertAgrees;
import static dev.ste4j.nn.export.onnx.OnnxRuntimeAgreementTest.integerInputs;
import static dev.ste4j.nn.export.onnx.OnnxRuntimeAgreementTest.randomizeBatchNorms;

import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.nn.layer.AvgPool2d;
import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.Dropout;
import dev.ste4j.nn.layer.Flatten;
import dev.ste4j.nn.layer.HardTanh;
import dev.ste4j.nn.layer.MaxPool2d;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.QuantActivation;
import dev.ste4j.nn.layer.QuantConv2d;
import dev.ste4j.nn.layer.QuantDense;
import dev.ste4j.nn.layer.Relu;
import dev.ste4j.nn.layer.Sequential;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.nn.quantizer.Quantizers;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/** Models composed from the library's layers, and the other registered models, agree in ONNX Runtime. */
class OnnxComposedModelsTest {

  /**
   * Every layer kind and every quantizer ONNX can express: a sign-input first convolution (the inputs' exact zeros
   * reach a sign), a folded batch norm, magnitude-aware, ternary, DoReFa and stochastic kernels, heaviside, ternary,
   * DoReFa, qrelu and magnitude-aware activations, dropout, both pools and a bias everywhere it is allowed.
   */
  static Module everyLayer() {
    Rng init = new Rng(21);
    return new Sequential(
        QuantConv2d.builder(3, 8, 3).padding(1).inputQuantizer(Quantizers.parse("ste_sign"))
            .kernelQuantizer(Quantizers.parse("ste_sign")).useBias(false).build(init.split(1)),
        new BatchNorm(8),
        new MaxPool2d(2),
        QuantConv2d.builder(8, 8, 3).padding(1).stride(1).inputQuantizer(Quantizers.parse("approx_sign"))
            .kernelQuantizer(Quantizers.parse("magnitude_aware_sign")).build(init.split(2)),
        new BatchNorm(8),
        new Relu(),
        new Dropout(0.3f, init.split(3)),
        new AvgPool2d(2),
        new Flatten(),
        QuantDense.builder(8 * 4 * 4, 32).inputQuantizer(Quantizers.parse("heaviside"))
            .kernelQuantizer(Quantizers.parse("ternary:threshold=0.1")).build(init.split(4)),
        new BatchNorm(32, false),
        new QuantActivation(Quantizers.parse("dorefa:k=2"), null),
        QuantDense.builder(32, 24).inputQuantizer(Quantizers.parse("ternary:threshold=0.3"))
            .kernelQuantizer(Quantizers.parse("dorefa:k=3,mode=weights")).build(init.split(5)),
        new HardTanh(),
        new QuantActivation(Quantizers.parse("qrelu:bits=4"), null),
        QuantDense.builder(24, 16).inputQuantizer(Quantizers.parse("magnitude_aware_sign"))
            .kernelQuantizer(Quantizers.parse("stochastic_sign")).clip(1).build(init.split(6)),
        new BatchNorm(16),
        QuantDense.builder(16, 10).inputQuantizer(Quantizers.parse("swish_sign"))
            .kernelQuantizer(Quantizers.parse("swish_sign")).clip(1).useBias(false).build(init.split(7)));
  }

  @Test
  void aModelOfEveryLayerKindAgrees() throws Exception {
    Module m = everyLayer();
    randomizeBatchNorms(m, new Rng(12));
    int[] sample = {3, 16, 16};
    assertAgrees(m, "every-layer", sample, Preprocessing.IDENTITY, integerInputs(new Rng(5), 8, 3, 16, 16), 1e-4);
  }

  @Test
  void aBinaryResnet20WithResidualBlocksAgrees() throws Exception {
    Module m = Models.create("resnet20", ModelConfig.binary().withWidth(4).withSeed(2));
    randomizeBatchNorms(m, new Rng(13));
    int[] sample = {3, 32, 32};
    assertAgrees(m, "resnet20", sample, Preprocessing.IDENTITY, integerInputs(new Rng(6), 4, 3, 32, 32), 1e-4);
  }

  @Test
  void theFloatModelsAgreeWithStandardisedInputs() throws Exception {
    Preprocessing rgb = new Preprocessing(255f, new float[] {0.49f, 0.48f, 0.45f}, new float[] {4.1f, 4.2f, 3.9f});
    Module vgg = Models.create("vgg11", ModelConfig.defaults().withWidth(8).withSeed(3));
    randomizeBatchNorms(vgg, new Rng(14));
    assertAgrees(vgg, "vgg11", new int[] {3, 32, 32}, rgb, pixels(new Rng(7), 4, 3, 32, 32), 1e-3);
    Module mlp = Models.create("mlp", ModelConfig.defaults().withWidth(32).withSeed(4));
    assertAgrees(mlp, "mlp", new int[] {1, 28, 28}, Preprocessing.IDENTITY, pixels(new Rng(8), 8, 1, 28, 28), 1e-3);
  }

  private static Tensor pixels(Rng rng, int... dims) {
    Tensor x = Tensor.zeros(dims);
    for (int i = 0; i < x.size(); i++) {
      x.data()[i] = rng.nextInt(256);
    }
    return x;
  }
}
