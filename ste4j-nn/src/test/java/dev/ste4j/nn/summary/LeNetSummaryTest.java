package dev.ste4j.nn.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LeNet-5 summary: counts checked by hand below, and the rendered text compared with a committed snapshot
 * (regenerate with -Dste4j.updateSnapshots=true after checking the diff; the test writes the actual text to
 * target/ when it differs).
 */
class LeNetSummaryTest {

  private static final int[] MNIST = {1, 28, 28};

  @Test
  void floatLeNet5CountsByHand() {
    ModelSummary s = ModelSummary.of("lenet5", Models.create("lenet5", ModelConfig.defaults()), MNIST);
    // conv1 1→6, 5×5, pad 2, bias: 6·1·25 + 6 = 156 params; output 6×28×28; MACs 6·28·28·25 = 117,600.
    // conv2 6→16, 5×5 on 6×14×14: 16·6·25 + 16 = 2,416 params; output 16×10×10; MACs 16·100·150 = 240,000.
    // dense 400→120: 48,000 + 120 = 48,120 params, 48,000 MACs; 120→84: 10,080 + 84 = 10,164, 10,080 MACs;
    // 84→10: 840 + 10 = 850, 840 MACs.
    // Total params 156 + 2,416 + 48,120 + 10,164 + 850 = 61,706; MACs 117,600 + 240,000 + 48,000 + 10,080 + 840
    // = 416,520, all 32-bit. Memory 61,706 · 4 = 246,824 bytes, equal to the float-32 equivalent (ratio 1).
    assertThat(s.paramsByBits()).isEqualTo(Map.of(32, 61_706L));
    assertThat(s.macsByBits()).isEqualTo(Map.of(32, 416_520L));
    assertThat(s.memoryBytes()).isEqualTo(246_824L);
    assertThat(s.compressionRatio()).isEqualTo(1.0);
    LayerRow conv2 = s.rows().stream().filter(r -> r.path().equals("3")).findFirst().orElseThrow();
    assertThat(conv2.outputShape()).containsExactly(16, 10, 10);
    assertThat(conv2.params()).isEqualTo(2_416L);
    // 5 weight layers, 4 ReLU, 2 pools, 1 flatten.
    assertThat(s.rows()).hasSize(12);
  }

  @Test
  void binaryLeNet5CountsByHand() {
    ModelSummary s = ModelSummary.of("lenet5", Models.create("lenet5", ModelConfig.binary()), MNIST);
    // Binary kernels, no biases (a BN follows each layer). 1-bit params: 150 + 2,400 + 48,000 + 10,080 + 840
    // = 61,470. BN γ, β, mean, var: 4·(6 + 16 + 120 + 84 + 10) = 944 at 32 bits.
    // Memory: 61,470 bits + 944·32 bits = 91,678 bits → 11,460 bytes (rounded up). Float-32: (61,470 + 944)·4
    // = 249,656 bytes; ratio 249,656 / 11,460 = 21.785…
    // MACs: conv1 sees the float image (32-bit: 117,600); the rest are 1-bit: 240,000 + 48,000 + 10,080 + 840
    // = 298,920.
    assertThat(s.paramsByBits()).isEqualTo(Map.of(1, 61_470L, 32, 944L));
    assertThat(s.memoryBytes()).isEqualTo(11_460L);
    assertThat(s.float32Bytes()).isEqualTo(249_656L);
    assertThat(s.compressionRatio()).isCloseTo(21.785, org.assertj.core.data.Offset.offset(0.001));
    assertThat(s.macsByBits()).isEqualTo(Map.of(1, 298_920L, 32, 117_600L));
  }

  @Test
  void quantizedActivationBitsFlowIntoTheNextLayersMacs() {
    ModelConfig c = ModelConfig.yin(2, "relu").withKernelQuantizer(dev.ste4j.nn.quantizer.Quantizers.create("ste_sign"))
        .withKernelClip(1f);
    ModelSummary s = ModelSummary.of("lenet5", Models.create("lenet5", c), MNIST);
    // conv1 sees the float image: 117,600 32-bit MACs. Every later layer sees 2-bit qrelu outputs (through max pools
    // and the flatten) against 1-bit kernels, so its MACs count at 2 bits: 240,000 + 48,000 + 10,080 + 840.
    assertThat(s.macsByBits()).isEqualTo(Map.of(2, 298_920L, 32, 117_600L));
    assertThat(s.rows().stream().filter(r -> r.layer().startsWith("QuantDense")).map(LayerRow::inputPrecision))
        .containsOnly(2);
  }

  @Test
  void renderedTextMatchesTheSnapshot() throws Exception {
    var model = Models.create("lenet5", ModelConfig.binary());
    ModelSummary s = ModelSummary.of("lenet5", model, MNIST)
        .withExportedSize(ModelSummary.exportedSize("lenet5", model, MNIST));
    String actual = s.render();
    String name = "lenet5-binary-summary.txt";
    if (Boolean.getBoolean("ste4j.updateSnapshots")) {
      Files.writeString(Path.of("src/test/resources/dev/ste4j/nn/summary/" + name), actual);
    }
    String expected;
    try (InputStream in = getClass().getResourceAsStream(name)) {
      assertThat(in).as("snapshot " + name).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!expected.equals(actual)) {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target/" + name + ".actual"), actual);
    }
    assertThat(actual).isEqualTo(expected);
  }
}
