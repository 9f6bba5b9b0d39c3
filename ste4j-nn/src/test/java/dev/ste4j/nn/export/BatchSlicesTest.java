package dev.ste4j.nn.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.random.Rng;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An exported model's forward over a batch, split into one slice per thread, equals the batch run whole on one
 * thread and each sample run alone, bit for bit.
 */
class BatchSlicesTest {

  @ParameterizedTest
  @CsvSource({"bnn-cnn, 1x8x8", "bnn-mlp, 1x6x6", "lenet5, 1x28x28"})
  void slicesGiveTheBitsOfTheWholeBatchAndOfEachSampleAlone(String name, String shape) {
    int[] in = Arrays.stream(shape.split("x")).mapToInt(Integer::parseInt).toArray();
    Module model = Models.create(name, ModelConfig.binary().withWidth(8).withInputShape(in).withSeed(4));
    ExportRoundTripTest.randomizeBatchNorms(model, new Rng(6));
    model.train(false);
    ExportedModel exported = ExportedModel.decode(Path.of(name + ".ste"), ModelExporter.encode(model, name, in));
    int n = 7;
    int size = in[0] * in[1] * in[2];
    Rng rng = new Rng(9);
    float[] x = new float[n * size];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) rng.nextGaussian();
    }
    Tensor batch = Tensor.wrap(x, n, in[0], in[1], in[2]);
    float[] whole;
    try (Parallel.Scope one = Parallel.withThreads(1)) {
      whole = exported.forward(batch).data();
    }
    for (int threads : new int[] {2, 3}) {
      try (Parallel.Scope scoped = Parallel.withThreads(threads)) {
        assertThat(BatchSlices.sliceSize(n)).as("sliced with %d threads", threads).isPositive();
        assertThat(exported.forward(batch).data()).as("%d threads", threads).isEqualTo(whole);
      }
    }
    int classes = whole.length / n;
    for (int s = 0; s < n; s++) {
      Tensor one = Tensor.wrap(Arrays.copyOfRange(x, s * size, (s + 1) * size), 1, in[0], in[1], in[2]);
      assertThat(exported.forward(one).data()).as("sample %d alone", s)
          .isEqualTo(Arrays.copyOfRange(whole, s * classes, (s + 1) * classes));
    }
  }
}
