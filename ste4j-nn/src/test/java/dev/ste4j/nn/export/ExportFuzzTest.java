package dev.ste4j.nn.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.ByteMutations;
import dev.ste4j.nn.FuzzTally;
import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.nn.quantizer.Quantizers;
import dev.ste4j.tensor.Shape;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Corrupted exported models either load into a model that runs a forward pass on an input of its declared shape, or
 * fail with a {@link ModelFileException} naming the file; nothing else escapes the loader, and no case allocates more
 * than the load-time check of the declared input shape needs. Cases: {@code -Dste4j.fuzz.cases} (default 600).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ExportFuzzTest {

  @Test
  void corruptedModelsLoadAndRunOrRaiseModelFileException() {
    byte[][] valid = {
        ModelExporter.encode(Models.create("resnet20", ModelConfig.binary().withWidth(2).withInputShape(3, 8, 8)),
            "resnet20", new int[] {3, 8, 8}, new Preprocessing(255f, new float[] {0.49f, 0.48f, 0.45f},
                new float[] {4.0f, 4.1f, 3.8f})),
        ModelExporter.encode(Models.create("lenet5", ModelConfig.yin(2, "relu").withWidth(2)
            .withInputQuantizer(Quantizers.create("dorefa"))), "lenet5", new int[] {1, 28, 28})};
    Rng rng = new Rng(17);
    FuzzTally tally = new FuzzTally("export", "ModelFileException");
    int cases = FuzzTally.cases(600);
    for (int c = 0; c < cases; c++) {
      byte[] b = valid[c % 2].clone();
      if (c % 4 < 2) {
        int flips = 1 + rng.nextInt(3);
        for (int f = 0; f < flips; f++) {
          // Bias the corruptions toward the header and record headers, where the structure lives.
          int pos = rng.nextInt(4) == 0 ? rng.nextInt(b.length) : rng.nextInt(Math.min(b.length, 400));
          b[pos] = (byte) rng.nextInt(256);
        }
      } else {
        b = ByteMutations.mutate(b, rng);
      }
      Path file = Path.of("fuzz-" + c + ".ste");
      byte[] bytes = b;
      tally.attempt(c, ModelFileException.class, e -> e.getMessage().startsWith(file + ": "), () -> {
        ExportedModel m = ExportedModel.decode(file, bytes);
        int[] shape = m.inputShape();
        long size = Arrays.stream(shape).asLongStream().reduce(1, (x, y) -> x * y);
        if (size <= 1 << 16) {
          m.forward(Tensor.zeros(Shape.batched(1, shape)));
        }
        return null;
      });
    }
    System.out.println(tally.summary());
    assertThat(tally.others()).as(tally.summary()).isEmpty();
    assertThat(tally.rejectedCount()).isGreaterThan(cases / 6);
    // The loader runs one zero sample (at most 2^18 input values) through a model that parsed: what that pass
    // allocates grows with the declared input shape, not with any count, and stays within a few hundred MiB.
    assertThat(tally.maxAllocated()).as(tally.summary()).isLessThan(256L << 20);
  }
}
