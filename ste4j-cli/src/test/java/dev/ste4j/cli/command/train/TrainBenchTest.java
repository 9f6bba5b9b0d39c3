package dev.ste4j.cli.command.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.bench.Result;
import dev.ste4j.nn.data.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The train-bnn-mlp-mnist workload runs ste train's preparation and trainer on MNIST files and reports its figures. */
class TrainBenchTest {

  @TempDir Path dir;

  @Test
  void runsOneEpochOfSteTrainsBnnMlpAndReportsThreeFigures() throws Exception {
    Path mnist = dir.resolve("mnist");
    Files.createDirectories(mnist);
    int train = 300;
    int test = 40;
    Files.write(mnist.resolve("train-images-idx3-ubyte"), TestFiles.idx(train, 28, 28));
    Files.write(mnist.resolve("train-labels-idx1-ubyte"), TestFiles.idxLabels(labels(train)));
    Files.write(mnist.resolve("t10k-images-idx3-ubyte"), TestFiles.idx(test, 28, 28));
    Files.write(mnist.resolve("t10k-labels-idx1-ubyte"), TestFiles.idxLabels(labels(test)));

    List<Result> r = TrainBench.bnnMlpMnist(1, dir, true, new PrintWriter(new StringWriter()));

    assertThat(r).extracting(Result::workload).containsOnly("train-bnn-mlp-mnist");
    assertThat(r).extracting(Result::metric)
        .containsExactly("train_samples_per_s", "epoch_seconds_with_eval", "test_accuracy");
    assertThat(r.get(0).value()).isPositive();
    assertThat(r.get(1).value()).isPositive();
    assertThat(r.get(2).value()).isBetween(0.0, 100.0);
  }

  private static int[] labels(int n) {
    int[] l = new int[n];
    for (int i = 0; i < n; i++) {
      l[i] = i % 10;
    }
    return l;
  }
}
