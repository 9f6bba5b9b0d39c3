package dev.ste4j.cli.command.model;

import static dev.ste4j.cli.CliResult.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.ste4j.cli.CliResult;
import dev.ste4j.nn.export.ExportedModel;
import dev.ste4j.tensor.Shape;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ste export --format onnx} writes files that ONNX Runtime runs with ste4j's predictions: the file of
 * {@code --format ste} with the same options, loaded by ste4j's inference, is the reference.
 */
class ExportOnnxCommandTest {

  @TempDir
  Path dir;

  /** Small integers in [−2, 2]: many exact zeros reach the first binary layer's sign. */
  private static float[] integers(Rng rng, int n) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = rng.nextInt(5) - 2;
    }
    return x;
  }

  private static float[] ort(Path onnx, float[] x, long[] shape) throws Exception {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession s = env.createSession(Files.readAllBytes(onnx), new OrtSession.SessionOptions());
         OnnxTensor in = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), shape);
         OrtSession.Result r = s.run(Map.of("input", in))) {
      FloatBuffer b = ((OnnxTensor) r.get("logits").orElseThrow()).getFloatBuffer();
      float[] out = new float[b.remaining()];
      b.get(out);
      return out;
    }
  }

  private void assertOnnxAgrees(String name, int batch, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("export", "--model", name));
    args.addAll(List.of(options));
    Path ste = dir.resolve(name + ".ste");
    Path onnx = dir.resolve(name + ".onnx");
    List<String> steArgs = new ArrayList<>(args);
    steArgs.addAll(List.of("--out", ste.toString()));
    assertThat(run(steArgs.toArray(String[]::new)).code()).isZero();
    List<String> onnxArgs = new ArrayList<>(args);
    onnxArgs.addAll(List.of("--format", "onnx", "--out", onnx.toString()));
    CliResult r = run(onnxArgs.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("as ONNX").contains("Where(x >= 0, 1, -1)");

    ExportedModel loaded = ExportedModel.load(ste, name);
    int[] sample = loaded.inputShape();
    int[] dims = Shape.batched(batch, sample);
    long[] shape = new long[dims.length];
    for (int i = 0; i < dims.length; i++) {
      shape[i] = dims[i];
    }
    Tensor x = Tensor.zeros(dims);
    System.arraycopy(integers(new Rng(name.length()), x.size()), 0, x.data(), 0, x.size());
    Tensor expected = loaded.forward(x);
    Tensor actual = Tensor.wrap(ort(onnx, x.data().clone(), shape), expected.dims());
    assertThat(actual.argmax(1)).as(name + " predictions").containsExactly(expected.argmax(1));
    for (int i = 0; i < expected.size(); i++) {
      assertThat((double) actual.data()[i]).as(name + " logit " + i)
          .isCloseTo(expected.data()[i], within(1e-4 * Math.max(1, Math.abs(expected.data()[i]))));
    }
  }

  @Test
  void bnnMlpRunsInOnnxRuntimeWithSte4jsPredictions() throws Exception {
    assertOnnxAgrees("bnn-mlp", 16);
  }

  @Test
  void bnnVggSmallRunsInOnnxRuntimeWithSte4jsPredictions() throws Exception {
    assertOnnxAgrees("bnn-vgg-small", 4);
  }

  @Test
  void lenet5WithTwoBitQreluRunsInOnnxRuntimeWithSte4jsPredictions() throws Exception {
    assertOnnxAgrees("lenet5", 16, "--bits", "2");
  }

  @Test
  void aComposedResidualModelRunsInOnnxRuntimeWithSte4jsPredictions() throws Exception {
    assertOnnxAgrees("resnet20", 4, "--input-quantizer", "ste_sign", "--kernel-quantizer", "ste_sign",
        "--kernel-clip", "1", "--width", "8");
  }

  @Test
  void qonnxNamesItsOperatorsAndTheSummaryMeasuresEveryFormat() throws Exception {
    Path q = dir.resolve("bnn.qonnx.onnx");
    CliResult r = run("export", "--model", "bnn-mlp", "--width", "32", "--format", "qonnx", "--out", q.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("as QONNX");
    String bytes = new String(Files.readAllBytes(q), StandardCharsets.ISO_8859_1);
    assertThat(bytes).contains("BipolarQuant").contains("qonnx.custom_op.general");

    CliResult s = run("summary", "--model", "bnn-mlp", "--width", "32");
    assertThat(s.out()).contains("Exported model (measured):").contains("ONNX export (measured):")
        .contains("QONNX export (measured):");

    CliResult bad = run("export", "--model", "bnn-mlp", "--format", "tflite", "--out", q.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--format must be ste, onnx or qonnx");

    Path never = dir.resolve("never.onnx");
    CliResult inexpressible = run("export", "--model", "mlp", "--width", "8", "--input-quantizer",
        "ternary:threshold=auto", "--format", "onnx", "--out", never.toString());
    assertThat(inexpressible.code()).isEqualTo(2);
    assertThat(inexpressible.err()).contains("QuantDense").contains("ternary(threshold=auto)")
        .contains("cannot be expressed in ONNX");
    assertThat(inexpressible.err().lines()).hasSize(1);
    assertThat(never).doesNotExist();
  }
}
