package dev.ste4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.store.Datasets;
import dev.ste4j.nn.export.ExportedModel;
import dev.ste4j.nn.metric.Accuracy;
import dev.ste4j.nn.train.EpochStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the example's own code path on a small synthetic MNIST folder: it trains, exports, loads and agrees. */
class TrainBinaryMnistTest {

  @Test
  void trainsExportsAndRunsTheBitPackedModelWithTheSamePredictions(@TempDir Path dir) throws Exception {
    SyntheticMnist.write(dir, 400, 200, 7);
    Path file = dir.resolve("out").resolve("bnn-mlp.ste");

    TrainBinaryMnist.Outcome outcome = TrainBinaryMnist.run(dir, 3, file);

    List<EpochStats> history = outcome.trained().history();
    assertThat(history).hasSize(3);
    assertThat(history.get(2).trainLoss()).isLessThan(history.get(0).trainLoss());
    // Ten classes: chance is 10 %. The blocks are separable, so the binary network should be far above it.
    assertThat(outcome.trained().testAccuracy()).isGreaterThan(0.8);
    assertThat(Accuracy.of(outcome.packedPredictions(), outcome.labels())).isGreaterThan(0.8);

    assertThat(file).isRegularFile();
    assertThat(Files.size(file)).isEqualTo(outcome.bytes());
    // bnn-mlp has 784·1024 + 2·1024·1024 + 1024·10 weights, 11.8 MB as float32; bit-packed they take 1/32 of that.
    long floatBytes = 4L * (784 * 1024 + 2 * 1024 * 1024 + 1024 * 10);
    assertThat(outcome.bytes()).isLessThan(floatBytes / 20);
    ExportedModel reloaded = ExportedModel.load(file, "bnn-mlp");
    assertThat(reloaded.inputShape()).containsExactly(1, 28, 28);
    assertThat(outcome.packedPredictions()).containsExactly(outcome.floatPredictions());
  }

  @Test
  void loadStandardizedCentersAndScalesTheTrainingSplit(@TempDir Path dir) throws Exception {
    SyntheticMnist.write(dir, 200, 50, 5);
    TrainTest data = Datasets.loadStandardized("mnist", dir);
    float[] x = data.train().features();
    double sum = 0;
    double squares = 0;
    for (float v : x) {
      sum += v;
      squares += v * (double) v;
    }
    double mean = sum / x.length;
    assertThat(mean).isCloseTo(0, within(1e-4));
    assertThat(squares / x.length - mean * mean).isCloseTo(1, within(1e-3));
    assertThat(data.train().sampleShape()).containsExactly(1, 28, 28);
    assertThat(data.test().size()).isEqualTo(50);
  }
}
