package dev.ste4j.cli.command.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.ste4j.cli.InProcessCliTest;
import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.store.DataStore;
import dev.ste4j.nn.data.store.Datasets;
import dev.ste4j.nn.export.ExportedModel;
import dev.ste4j.nn.metric.Accuracy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model takes its input shape from the dataset (digits are 1 × 8 × 8, not MNIST's 28 × 28); ste export and ste
 * summary take the model from a training run's checkpoint; the exported file carries the run's input preprocessing,
 * so predictions on raw samples equal those of the training graph on the standardized ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelFromRunTest extends InProcessCliTest {

  private Path tmp;
  private Path data;
  private Path runDir;

  /** One epoch of mlp on small digits-format data, with no input shape given. */
  @BeforeAll
  void train(@TempDir Path dir) throws Exception {
    tmp = dir;
    data = TrainFixtures.digits(tmp.resolve("data"), 700, 5);
    Path runs = tmp.resolve("runs");
    int code = run("train", "--model", "mlp", "--data", "digits", "--data-dir", data.toString(), "--epochs", "1",
        "--batch", "25", "--seed", "2", "--threads", "1", "--model-option", "width=16", "--out", runs.toString(),
        "--quiet");
    assertThat(code).as(err.toString()).isZero();
    try (Stream<Path> s = Files.list(runs)) {
      runDir = s.findFirst().orElseThrow();
    }
  }

  private void clear() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }

  @Test
  void trainingWithoutAnInputShapeUsesTheDigitsShape() {
    RunCheckpoint run = RunCheckpoint.read(runDir);
    assertThat(run.modelConfig().inputShape()).containsExactly(1, 8, 8);
    assertThat(run.recorded()).isPresent();
  }

  @Test
  void summaryTakesTheShapeFromTheNamedDatasetOrTheCheckpoint() {
    clear();
    assertThat(run("summary", "--model", "mlp", "--data", "digits", "--width", "16")).as(err.toString()).isZero();
    String fromData = out.toString();
    assertThat(fromData).contains("Model: mlp (input [1, 8, 8])");
    clear();
    assertThat(run("summary", "--checkpoint", runDir.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Model: mlp (input [1, 8, 8])").contains("Total parameters: 1,482");
    clear();
    assertThat(run("summary", "--model", "mlp", "--width", "16")).isZero();
    assertThat(out.toString()).contains("Model: mlp (input [1, 28, 28])");
  }

  @Test
  void exportFromTheRunCarriesItsPreprocessingSoRawSamplesPredictAsTheTrainingGraph() throws Exception {
    Path file = tmp.resolve("digits.ste");
    clear();
    assertThat(run("export", "--checkpoint", runDir.toString(), "--out", file.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("exported mlp from").contains("verified")
        .contains("input preprocessing: raw_max=16.0");
    ExportedModel m = ExportedModel.load(file, "mlp");
    TrainTest raw = new DataStore(data).load(Datasets.get("digits"));
    Preprocessing expected = Preprocessing.measure(16f, raw.train());
    assertThat(m.preprocessing()).isEqualTo(expected).isEqualTo(RunCheckpoint.read(runDir).recorded().orElseThrow());
    int[] fromRaw = m.predictRaw(raw.test());
    TrainConfig c = TrainConfig.fromMap("test", new LinkedHashMap<>(Map.of("model", "mlp", "data", "digits", "data_dir",
        data.toString())));
    int[] fromStandardized = m.predict(TrainingSetup.data(c, new DataStore(data).withFetching(false)).data().test());
    assertThat(fromRaw).isEqualTo(fromStandardized);

    // ste eval on the file (raw samples, its preprocessing) agrees with ste eval on the run (the training graph).
    clear();
    assertThat(run("eval", runDir.toString(), "--data-dir", data.toString())).as(err.toString()).isZero();
    String viaRun = out.toString().replaceAll("(?s).*accuracy ([0-9.]+)%.*", "$1");
    clear();
    assertThat(run("eval", file.toString(), "--data", "digits", "--data-dir", data.toString())).as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("digits test (450 samples), exported model")
        .contains("accuracy " + viaRun + "%");
    assertThat(100 * Accuracy.of(fromRaw, raw.test().labels())).isCloseTo(Double.parseDouble(viaRun), offset(0.005));
  }

  @Test
  void onnxExportFromTheRunTakesRawSamplesAndPredictsAsSte4jInOnnxRuntime() throws Exception {
    Path ste = tmp.resolve("digits-ref.ste");
    Path onnx = tmp.resolve("digits.onnx");
    clear();
    assertThat(run("export", "--checkpoint", runDir.toString(), "--out", ste.toString())).as(err.toString()).isZero();
    clear();
    assertThat(run("export", "--checkpoint", runDir.toString(), "--format", "onnx", "--out", onnx.toString()))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains("exported mlp from").contains("raw_max=16.0").contains("(in the graph)");
    TrainTest raw = new DataStore(data).load(Datasets.get("digits"));
    int[] expected = ExportedModel.load(ste, "mlp").predictRaw(raw.test());
    ai.onnxruntime.OrtEnvironment env = ai.onnxruntime.OrtEnvironment.getEnvironment();
    int n = raw.test().size();
    try (ai.onnxruntime.OrtSession s = env.createSession(Files.readAllBytes(onnx),
            new ai.onnxruntime.OrtSession.SessionOptions());
         ai.onnxruntime.OnnxTensor in = ai.onnxruntime.OnnxTensor.createTensor(env,
             java.nio.FloatBuffer.wrap(raw.test().features().clone()), new long[] {n, 1, 8, 8});
         ai.onnxruntime.OrtSession.Result r = s.run(Map.of("input", in))) {
      float[][] logits = (float[][]) r.get("logits").orElseThrow().getValue();
      int[] predicted = new int[n];
      for (int i = 0; i < n; i++) {
        predicted[i] = dev.ste4j.tensor.Tensor.wrap(logits[i], 1, logits[i].length).argmax(1)[0];
      }
      assertThat(predicted).isEqualTo(expected);
    }
  }

  @Test
  void anOptionThatDisagreesWithTheCheckpointIsAnErrorNamingBothValues() {
    Path file = tmp.resolve("never.ste");
    clear();
    assertThat(run("export", "--checkpoint", runDir.toString(), "--width", "32", "--out", file.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).startsWith("ste: --width 32 conflicts with the checkpoint's width 16");
    assertThat(err.toString().lines()).hasSize(1);
    clear();
    assertThat(run("summary", "--checkpoint", runDir.toString(), "--model", "lenet5")).isEqualTo(2);
    assertThat(err.toString()).startsWith("ste: --model lenet5 conflicts with the checkpoint's model mlp");
    clear();
    assertThat(run("summary", "--checkpoint", runDir.toString(), "--data", "mnist")).isEqualTo(2);
    assertThat(err.toString()).startsWith("ste: --data mnist conflicts with the checkpoint's dataset digits");
    clear();
    assertThat(run("summary", "--checkpoint", runDir.toString(), "--bits", "2")).isEqualTo(2);
    assertThat(err.toString()).contains("--bits 2 conflicts with the checkpoint's activation none");
    assertThat(file).doesNotExist();
    // Options that say what the checkpoint says are accepted.
    clear();
    assertThat(run("summary", "--checkpoint", runDir.toString(), "--model", "mlp", "--width", "16", "--input-shape",
        "1x8x8", "--seed", "2", "--data", "digits")).as(err.toString()).isZero();
    clear();
    assertThat(run("summary")).isEqualTo(2);
    assertThat(err.toString()).contains("--model NAME, or --checkpoint RUN_DIR");
  }
}
