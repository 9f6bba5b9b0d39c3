package dev.ste4j.nn.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.nn.quantizer.Quantizers;
import dev.ste4j.tensor.random.Rng;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Corrupted files either load or fail with {@link ModelFileException}; nothing else escapes the loader. */
class ExportFuzzTest {

  @Test
  void randomByteCorruptionsOnlyEverRaiseModelFileException() {
    byte[][] valid = {
        ModelExporter.encode(Models.create("resnet20", ModelConfig.binary().withWidth(2).withInputShape(3, 8, 8)),
            "resnet20", new int[] {3, 8, 8}),
        ModelExporter.encode(Models.create("lenet5", ModelConfig.yin(2, "relu").withWidth(2)
            .withInputQuantizer(Quantizers.create("dorefa"))), "lenet5", new int[] {1, 28, 28})};
    Rng rng = new Rng(17);
    int failures = 0;
    for (int trial = 0; trial < 600; trial++) {
      byte[] b = valid[trial % 2].clone();
      int flips = 1 + rng.nextInt(3);
      for (int f = 0; f < flips; f++) {
        // Bias the corruptions toward the header and record headers, where the structure lives.
        int pos = rng.nextInt(4) == 0 ? rng.nextInt(b.length) : rng.nextInt(Math.min(b.length, 400));
        b[pos] = (byte) rng.nextInt(256);
      }
      try {
        ExportedModel.decode(Path.of("fuzz-" + trial + ".ste"), b);
      } catch (ModelFileException e) {
        assertThat(e.getMessage()).startsWith("fuzz-" + trial + ".ste: ");
        failures++;
      }
    }
    assertThat(failures).isGreaterThan(100);
  }
}
