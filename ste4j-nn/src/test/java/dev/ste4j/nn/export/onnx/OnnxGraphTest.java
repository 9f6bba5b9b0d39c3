package dev.ste4j.nn.export.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.QuantDense;
import dev.ste4j.nn.layer.Sequential;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.nn.quantizer.Quantizers;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The graphs' structure: no ONNX Sign, the batch-norm folds, QONNX's operators, and the errors. */
class OnnxGraphTest {

  private static List<Node> nodes(Module m, int[] sample, OnnxFormat f) {
    m.train(false);
    return OnnxExporter.graph(m, sample, Preprocessing.IDENTITY, f).nodes();
  }

  private static long count(List<Node> nodes, String op) {
    return nodes.stream().filter(n -> n.opType().equals(op)).count();
  }

  @Test
  void bnnMlpFoldsTheBatchNormsBetweenBinaryLayersAndNeverUsesSign() {
    List<Node> n = nodes(Models.create("bnn-mlp", ModelConfig.defaults().withWidth(32)), new int[] {784},
        OnnxFormat.ONNX);
    // Dense 1 (float input) keeps its batch norm; those of dense 2 and 3 (binary in and out, a sign next) fold; the
    // classifier's batch norm gives the logits and stays.
    assertThat(count(n, "And")).isEqualTo(2);
    assertThat(count(n, "Cast")).isEqualTo(2 * 2);
    assertThat(count(n, "Gemm")).isEqualTo(4);
    assertThat(count(n, "Sign")).isZero();
    assertThat(n.get(n.size() - 1).outputs()).containsExactly(OnnxExporter.OUTPUT);
  }

  @Test
  void qonnxMarksBinaryKernelsAndActivationsWithBipolarQuantAndQreluWithQuant() {
    List<Node> bnn = nodes(Models.create("bnn-vgg-small", ModelConfig.defaults().withWidth(4)),
        new int[] {3, 32, 32}, OnnxFormat.QONNX);
    // Seven binary kernels (six convolutions and the classifier) and six binary layer inputs.
    assertThat(bnn.stream().filter(x -> x.opType().equals("BipolarQuant"))
        .allMatch(x -> x.domain().equals(QonnxDialect.DOMAIN))).isTrue();
    assertThat(count(bnn, "BipolarQuant")).isEqualTo(7 + 6);
    assertThat(count(bnn, "Where")).isZero();
    assertThat(count(bnn, "And")).isZero();

    List<Node> yin = nodes(Models.create("lenet5", ModelConfig.yin(2, "relu")), new int[] {1, 28, 28},
        OnnxFormat.QONNX);
    List<Node> quants = yin.stream().filter(x -> x.opType().equals("Quant")).toList();
    assertThat(quants).hasSize(4);
    assertThat(quants.get(0).attributes()).contains(Attribute.of("rounding_mode", "CEIL"));
  }

  @Test
  void theQonnxFileImportsTheQonnxDomain() {
    Module m = Models.create("bnn-mlp", ModelConfig.defaults().withWidth(8));
    byte[] b = OnnxExporter.encode(m, "bnn-mlp", new int[] {784}, Preprocessing.IDENTITY, OnnxFormat.QONNX);
    String text = new String(b, StandardCharsets.ISO_8859_1);
    assertThat(text).contains(QonnxDialect.DOMAIN).contains("BipolarQuant").contains("ste4j.version");
  }

  /** A module of no library layer kind. */
  static final class Doubling extends Module {
    @Override
    public Tensor forward(Tensor x) {
      return x.mul(2f);
    }

    @Override
    public String toString() {
      return "Doubling()";
    }
  }

  @Test
  void aLayerOnnxCannotExpressFailsNamingIt() {
    Module m = new Sequential(new Doubling(), QuantDense.builder(4, 2).build(new Rng(1)));
    assertThatThrownBy(() -> OnnxExporter.encode(m, "x", new int[] {4}, Preprocessing.IDENTITY, OnnxFormat.ONNX))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Doubling()");
    Module auto = QuantDense.builder(4, 2).inputQuantizer(Quantizers.parse("ternary:threshold=auto"))
        .build(new Rng(1));
    assertThatThrownBy(() -> OnnxExporter.encode(auto, "y", new int[] {4}, Preprocessing.IDENTITY, OnnxFormat.ONNX))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("QuantDense(4→2")
        .hasMessageContaining("ternary(threshold=auto)");
  }
}
