package dev.ste4j.nn.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.Flatten;
import dev.ste4j.nn.layer.Layers;
import dev.ste4j.nn.layer.MaxPool2d;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.QuantConv2d;
import dev.ste4j.nn.layer.QuantDense;
import dev.ste4j.nn.layer.Sequential;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.nn.quantizer.Quantizers;
import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.Shape;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Export → load → the same outputs as the training graph in evaluation mode, bit for bit. */
class ExportRoundTripTest {

  @TempDir
  Path dir;

  /** Gives every batch norm non-trivial statistics (some γ negative, to exercise both threshold directions). */
  static void randomizeBatchNorms(Module m, Rng rng) {
    for (Module x : Layers.walk(m)) {
      if (x instanceof BatchNorm bn) {
        for (int c = 0; c < bn.channels(); c++) {
          bn.runningMean()[c] = (float) (3 * rng.nextGaussian());
          bn.runningVar()[c] = (float) (0.5 + 20 * rng.nextDouble());
        }
        bn.namedParameters().forEach((n, p) -> {
          float[] d = p.data();
          for (int i = 0; i < d.length; i++) {
            d[i] = n.equals("gamma") ? (float) rng.nextGaussian() : (float) (0.5 * rng.nextGaussian());
          }
        });
      }
    }
  }

  private void assertSameOutputs(Module model, String name, int[] sample, int batch, boolean expectFold)
      throws Exception {
    randomizeBatchNorms(model, new Rng(99));
    model.train(false);
    Path file = dir.resolve(name + ".ste");
    long size = ModelExporter.export(model, name, sample, file);
    assertThat(Files.size(file)).isEqualTo(size);
    ExportedModel loaded = ExportedModel.load(file, name);
    Tensor x = Tensor.randn(new Rng(4), 1f, Shape.batched(batch, sample));
    x.data()[0] = 0f; // an exact zero must binarize to +1 on both sides
    Tensor expected;
    try (var s = NoGrad.enter()) {
      expected = model.forward(x);
    }
    Tensor actual = loaded.forward(x);
    assertThat(actual.dims()).containsExactly(expected.dims());
    assertThat(actual.data()).as(name).containsExactly(expected.data());
    assertThat(loaded.predict(x)).containsExactly(expected.argmax(1));
    String text = String.join("\n", loaded.describe());
    assertThat(text).contains("XNOR-popcount");
    if (expectFold) {
      assertThat(text).contains("batch norm folded into sign");
    }
  }

  @Test
  void bnnMlpPredictionsEqualTheTrainingGraph() throws Exception {
    Module m = Models.create("bnn-mlp", ModelConfig.defaults().withSeed(3));
    assertSameOutputs(m, "bnn-mlp", new int[] {784}, 16, true);
  }

  @Test
  void smallBinaryConvNetWithPaddingAndStrideEqualsTheTrainingGraph() throws Exception {
    Quantizer sign = Quantizers.create("ste_sign");
    Rng init = new Rng(8);
    Sequential net = new Sequential(
        QuantConv2d.builder(3, 5, 3).padding(1).kernelQuantizer(sign).clip(1f).useBias(false).build(init.split(1)),
            new BatchNorm(5),
        QuantConv2d.builder(5, 7, 3).stride(2).padding(1).inputQuantizer(sign).kernelQuantizer(sign).clip(1f)
            .useBias(false).build(init.split(2)), new BatchNorm(7),
        new MaxPool2d(2),
        QuantConv2d.builder(7, 6, 3).padding(2).inputQuantizer(sign).kernelQuantizer(sign).clip(1f)
            .build(init.split(3)), new BatchNorm(6),
        QuantConv2d.builder(6, 4, 2).inputQuantizer(sign).kernelQuantizer(sign).clip(1f).useBias(false)
            .build(init.split(4)), new BatchNorm(4),
        new Flatten(),
        QuantDense.builder(4 * 3 * 3, 3).inputQuantizer(sign).kernelQuantizer(sign).clip(1f).useBias(false)
            .build(init.split(5)), new BatchNorm(3));
    assertSameOutputs(net, "tiny-conv", new int[] {3, 9, 9}, 5, true);
  }

  /** Width 40 gives channels past 64 (40, 80, 160): the packed signs between layers span several words per pixel. */
  @ParameterizedTest
  @CsvSource({"4, 2, 3", "40, 5, 2"})
  void bnnVggSmallEqualsTheTrainingGraph(int width, long seed, int batch) throws Exception {
    Module m = Models.create("bnn-vgg-small", ModelConfig.defaults().withWidth(width).withSeed(seed));
    assertSameOutputs(m, "bnn-vgg-small", new int[] {3, 32, 32}, batch, true);
  }

  @Test
  void bnnCnnOfTheZooEqualsTheTrainingGraph() throws Exception {
    Module m = Models.create("bnn-cnn", ModelConfig.defaults().withWidth(4).withSeed(6));
    assertSameOutputs(m, "bnn-cnn", new int[] {1, 28, 28}, 3, true);
  }

  @Test
  void binaryResnetAndYinLenetEqualTheTrainingGraph() throws Exception {
    Module r = Models.create("resnet20", ModelConfig.binary().withWidth(4).withInputShape(3, 8, 8).withSeed(6));
    assertSameOutputs(r, "resnet20", new int[] {3, 8, 8}, 3, false);
    ModelConfig yin = ModelConfig.yin(2, "relu").withKernelQuantizer(Quantizers.create("ste_sign"))
        .withInputQuantizer(Quantizers.create("ste_sign")).withKernelClip(1f).withWidth(3);
    Module l = Models.create("lenet5", yin);
    assertSameOutputs(l, "lenet5", new int[] {1, 28, 28}, 3, false);
  }

  @Test
  void otherQuantizersExportAsTheirFloatValues() throws Exception {
    Rng init = new Rng(12);
    Quantizer mag = Quantizers.create("magnitude_aware_sign");
    Quantizer tern = Quantizers.parse("ternary:threshold=auto");
    Quantizer q2 = Quantizers.parse("qrelu:bits=2");
    Sequential net = new Sequential(
        QuantConv2d.builder(2, 3, 3).padding(1).kernelQuantizer(mag).clip(1f).build(init.split(1)), new BatchNorm(3),
        QuantConv2d.builder(3, 4, 3).stride(2).inputQuantizer(q2).kernelQuantizer(tern).useBias(false)
            .build(init.split(2)), new BatchNorm(4, false),
        new dev.ste4j.nn.layer.QuantActivation(Quantizers.parse("heaviside:ste=relu"), null), new Flatten(),
        QuantDense.builder(4 * 3 * 3, 5).inputQuantizer(Quantizers.parse("dorefa:k=2")).build(init.split(3)));
    randomizeBatchNorms(net, new Rng(5));
    net.train(false);
    Path file = dir.resolve("mixed.ste");
    ModelExporter.export(net, "mixed", new int[] {2, 7, 7}, file);
    ExportedModel loaded = ExportedModel.load(file);
    Tensor x = Tensor.randn(new Rng(6), 1f, 4, 2, 7, 7);
    try (var s = NoGrad.enter()) {
      assertThat(loaded.forward(x).data()).containsExactly(net.forward(x).data());
    }
    assertThat(String.join("\n", loaded.describe())).contains("float kernel").doesNotContain("XNOR");
  }

  @Test
  void binaryKernelsArePackedSoTheFileIsAboutOneBitPerWeight() throws Exception {
    Module m = Models.create("bnn-mlp", ModelConfig.defaults());
    long size = ModelExporter.export(m, "bnn-mlp", new int[] {784}, dir.resolve("m.ste"));
    long weights = 784L * 1024 + 2L * 1024 * 1024 + 1024L * 10;
    // 1 bit per weight (rows padded to 64 bits), plus 4 float vectors per BN channel.
    long expected = (1024L * 13 + 2L * 1024 * 16 + 10L * 16) * 8 + 16L * (3 * 1024 + 10);
    assertThat(size).isBetween(expected, expected + 400);
    assertThat(size).isLessThan(weights / 8 * 2);
  }
}
