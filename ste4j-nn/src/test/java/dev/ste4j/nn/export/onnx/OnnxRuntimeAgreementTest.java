package dev.ste4j.nn.export.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.Layers;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.Shape;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/**
 * Every exported ONNX model runs in ONNX Runtime with ste4j's predictions and logits: the benchmark models, LeNet-5
 * with 2-bit qrelu, and composed models (see {@link OnnxComposedModelsTest}), on inputs full of exact zeros.
 */
class OnnxRuntimeAgreementTest {

  /**
   * Non-trivial batch-norm statistics: γ of both signs, and in every other channel an integer mean with β = 0, so
   * that integer pre-activations equal to the mean give BN(v) = 0 exactly in front of a sign.
   */
  static void randomizeBatchNorms(Module m, Rng rng) {
    for (Module x : Layers.walk(m)) {
      if (x instanceof BatchNorm bn) {
        float[] gamma = bn.namedParameters().containsKey("gamma") ? bn.namedParameters().get("gamma").data() : null;
        float[] beta = bn.namedParameters().containsKey("beta") ? bn.namedParameters().get("beta").data() : null;
        for (int c = 0; c < bn.channels(); c++) {
          boolean zeroAtMean = c % 2 == 0;
          bn.runningMean()[c] = zeroAtMean ? Math.round(3 * rng.nextGaussian()) : (float) (3 * rng.nextGaussian());
          bn.runningVar()[c] = (float) (0.5 + 20 * rng.nextDouble());
          if (gamma != null) {
            gamma[c] = (float) rng.nextGaussian();
            beta[c] = zeroAtMean ? 0f : (float) (0.5 * rng.nextGaussian());
          }
        }
      }
    }
  }

  /** Small integers in [−2, 2]: a fifth are exact zeros, and every sum of them is exact in float. */
  static Tensor integerInputs(Rng rng, int... dims) {
    Tensor x = Tensor.zeros(dims);
    float[] d = x.data();
    for (int i = 0; i < d.length; i++) {
      d[i] = rng.nextInt(5) - 2;
    }
    return x;
  }

  /** ste4j's logits for raw inputs: the preprocessing, then the training graph in evaluation mode. */
  static Tensor ste4j(Module model, Preprocessing p, int[] sample, Tensor raw) {
    model.train(false);
    try (var s = NoGrad.enter()) {
      return model.forward(Tensor.wrap(p.apply(raw.data(), sample), raw.dims()));
    }
  }

  /** Exports, runs in ONNX Runtime, and checks predictions equal and logits within {@code tolerance}. */
  static void assertAgrees(Module model, String name, int[] sample, Preprocessing p, Tensor raw, double tolerance)
      throws Exception {
    Tensor expected = ste4j(model, p, sample, raw);
    byte[] onnx = OnnxExporter.encode(model, name, sample, p, OnnxFormat.ONNX);
    try (OnnxRuntimeRunner ort = new OnnxRuntimeRunner(onnx)) {
      Tensor actual = ort.run(raw);
      assertThat(actual.dims()).as(name).containsExactly(expected.dims());
      assertThat(actual.argmax(1)).as(name + " predictions").containsExactly(expected.argmax(1));
      float[] e = expected.data();
      float[] a = actual.data();
      for (int i = 0; i < e.length; i++) {
        assertThat((double) a[i]).as(name + " logit " + i)
            .isCloseTo(e[i], within(tolerance * Math.max(1, Math.abs(e[i]))));
      }
      assertThat(ort.metadata()).containsEntry("ste4j.model", name).containsKeys("ste4j.version",
          "ste4j.quantizers", "ste4j.preprocessing");
    }
  }

  @Test
  void bnnMlpAgreesOnInputsWithExactZeros() throws Exception {
    Module m = Models.create("bnn-mlp", ModelConfig.defaults().withSeed(3));
    randomizeBatchNorms(m, new Rng(7));
    int[] sample = {784};
    assertAgrees(m, "bnn-mlp", sample, Preprocessing.IDENTITY, integerInputs(new Rng(1), Shape.batched(32, sample)),
        1e-5);
  }

  @Test
  void bnnVggSmallAgreesOnInputsWithExactZeros() throws Exception {
    Module m = Models.create("bnn-vgg-small", ModelConfig.defaults().withWidth(16).withSeed(5));
    randomizeBatchNorms(m, new Rng(8));
    int[] sample = {3, 32, 32};
    assertAgrees(m, "bnn-vgg-small", sample, Preprocessing.IDENTITY, integerInputs(new Rng(2), Shape.batched(8, sample)),
        1e-5);
  }

  @Test
  void lenet5WithTwoBitQreluAgreesIncludingThePreprocessing() throws Exception {
    Module m = Models.create("lenet5", ModelConfig.yin(2, "clipped_relu").withSeed(9));
    randomizeBatchNorms(m, new Rng(9));
    int[] sample = {1, 28, 28};
    // Pixels 0..255 as MNIST holds them, with MNIST-like standardisation: the graph does the preprocessing itself.
    Preprocessing p = new Preprocessing(255f, new float[] {0.1307f}, new float[] {1f / 0.3081f});
    Tensor raw = Tensor.zeros(Shape.batched(16, sample));
    Rng rng = new Rng(3);
    for (int i = 0; i < raw.size(); i++) {
      raw.data()[i] = rng.nextInt(3) == 0 ? 0f : rng.nextInt(256);
    }
    assertAgrees(m, "lenet5", sample, p, raw, 1e-4);
  }

  @Test
  void aBinaryModelWithDyadicPreprocessingAgrees() throws Exception {
    Module m = Models.create("bnn-mlp", ModelConfig.defaults().withWidth(64).withSeed(11));
    randomizeBatchNorms(m, new Rng(10));
    int[] sample = {784};
    // x / 4 − 0.5, times 2: exact in float, so the first layer's sums are exact on both sides.
    Preprocessing p = new Preprocessing(4f, new float[] {0.5f}, new float[] {2f});
    Tensor raw = integerInputs(new Rng(4), Shape.batched(32, sample));
    for (int i = 0; i < raw.size(); i++) {
      raw.data()[i] += 2f;
    }
    assertAgrees(m, "bnn-mlp", sample, p, raw, 1e-5);
  }
}
