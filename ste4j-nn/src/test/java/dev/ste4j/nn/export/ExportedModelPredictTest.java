package dev.ste4j.nn.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.nn.train.Evaluator;
import dev.ste4j.tensor.random.Rng;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ExportedModel#predict(Dataset)} over a whole dataset, in batches, equals the training graph's classes. */
class ExportedModelPredictTest {

  @TempDir
  Path dir;

  @Test
  void predictsAWholeDatasetAcrossBatchBoundariesAsTheTrainingGraphDoes() throws Exception {
    Module model = Models.create("bnn-mlp", ModelConfig.binary().withWidth(32).withInputShape(1, 6, 6).withSeed(3));
    ExportRoundTripTest.randomizeBatchNorms(model, new Rng(5));
    Path file = dir.resolve("m.ste");
    ModelExporter.export(model, "bnn-mlp", new int[] {1, 6, 6}, file);
    // 2,345 samples: two full batches of 1,000 and a partial one.
    int n = 2345;
    Rng rng = new Rng(8);
    float[] x = new float[n * 36];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) rng.nextGaussian();
    }
    int[] labels = new int[n];
    Dataset data = new Dataset("random", x, labels, new int[] {1, 6, 6}, 10);

    int[] packed = ExportedModel.load(file).predict(data);

    assertThat(packed).hasSize(n).containsExactly(Evaluator.predict(model, data, 1000));
    assertThat(java.util.Arrays.stream(packed).distinct().count()).as("classes predicted").isGreaterThan(1);
    // Same size, other shape: taken in the model's own shape, as forward would need it.
    assertThat(ExportedModel.load(file).predict(data.reshape(36))).containsExactly(packed);
  }

  @Test
  void aDatasetOfAnotherSampleSizeIsRejectedNamingBothShapes() throws Exception {
    Module model = Models.create("bnn-mlp", ModelConfig.binary().withWidth(8).withInputShape(1, 4, 4));
    Path file = dir.resolve("small.ste");
    ModelExporter.export(model, "bnn-mlp", new int[] {1, 4, 4}, file);
    Dataset wrong = new Dataset("wide", new float[2 * 25], new int[2], new int[] {1, 5, 5}, 10);
    assertThatThrownBy(() -> ExportedModel.load(file).predict(wrong)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[1, 4, 4]").hasMessageContaining("[1, 5, 5]").hasMessageContaining("wide");
  }
}
