package dev.ste4j.nn.export;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportErrorsTest {

  @TempDir
  Path dir;

  private byte[] valid() {
    return ModelExporter.encode(Models.create("bnn-mlp", ModelConfig.defaults().withWidth(16)), "bnn-mlp",
        new int[] {784});
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  /**
   * Found by the fuzz: records that parse but do not fit the input shape or each other loaded, and failed only at the
   * first forward pass (with an IllegalArgumentException); a corrupt padding made that pass loop for minutes.
   */
  @Test
  void recordsThatDoNotFitTheInputFailAtLoad() throws Exception {
    Path wrongShape = write("shape.ste", ModelExporter.encode(Models.create("lenet5",
        ModelConfig.binary().withWidth(2)), "lenet5", new int[] {1, 20, 20}));
    assertThatThrownBy(() -> ExportedModel.load(wrongShape)).isInstanceOf(ModelFileException.class)
        .hasMessageContaining("shape.ste").hasMessageContaining("do not fit the input shape [1, 20, 20]");
    Path huge = write("huge.ste", ModelExporter.encode(Models.create("lenet5", ModelConfig.binary().withWidth(2)),
        "lenet5", new int[] {1, 28, 1 << 20}));
    assertThatThrownBy(() -> ExportedModel.load(huge)).isInstanceOf(ModelFileException.class)
        .hasMessageContaining("more than 262144 values");
  }

  @Test
  void badMagicIsNamed() throws Exception {
    byte[] b = valid();
    b[0] = 'X';
    Path p = write("bad.ste", b);
    assertThatThrownBy(() -> ExportedModel.load(p)).isInstanceOf(ModelFileException.class)
        .hasMessageContaining("bad.ste").hasMessageContaining("bad magic");
  }

  @Test
  void versionMismatchIsNamed() throws Exception {
    byte[] b = valid();
    b[9] = 7;
    Path p = write("v.ste", b);
    assertThatThrownBy(() -> ExportedModel.load(p)).isInstanceOf(ModelFileException.class)
        .hasMessageContaining("version 7 is not supported");
  }

  @Test
  void everyTruncationFailsCleanly() throws Exception {
    byte[] b = valid();
    for (int cut : new int[] {0, 5, 9, 12, 20, 30, 60, b.length / 2, b.length - 1}) {
      Path p = write("cut" + cut + ".ste", Arrays.copyOf(b, cut));
      assertThatThrownBy(() -> ExportedModel.load(p)).as("cut at %d", cut).isInstanceOf(ModelFileException.class)
          .hasMessageContaining("cut" + cut + ".ste");
    }
  }

  @Test
  void trailingBytesAndWrongModelAreNamed() throws Exception {
    byte[] b = valid();
    Path p = write("long.ste", Arrays.copyOf(b, b.length + 3));
    assertThatThrownBy(() -> ExportedModel.load(p)).hasMessageContaining("3 unexpected bytes");
    Path q = write("m.ste", b);
    assertThatThrownBy(() -> ExportedModel.load(q, "lenet5")).isInstanceOf(ModelFileException.class)
        .hasMessageContaining("holds model 'bnn-mlp', not 'lenet5'");
    assertThatThrownBy(() -> ExportedModel.load(dir.resolve("missing.ste"))).isInstanceOf(ModelFileException.class)
        .hasMessageContaining("missing.ste").hasMessageContaining("cannot read");
  }

  @Test
  void hugeDeclaredSizesAreRejectedBeforeAllocating() throws Exception {
    byte[] b = valid();
    // Header: magic 8, version 2, name (2 + 7), rank 1, dim 4, identity preprocessing (channels 2, raw max 4),
    // record count 4 → first record at 34.
    int first = 8 + 2 + 2 + 7 + 1 + 4 + 2 + 4 + 4;
    ByteBuffer bb = ByteBuffer.wrap(b);
    // The first record is the first dense layer: type, length, then in and out; claim 2^30 outputs.
    bb.putInt(first + 1 + 4 + 4, 1 << 30);
    Path p = write("huge.ste", b);
    assertThatThrownBy(() -> ExportedModel.load(p)).isInstanceOf(ModelFileException.class)
        .hasMessageContaining("huge.ste").hasMessageContaining("bytes");
    byte[] c = valid();
    ByteBuffer.wrap(c).putInt(first - 4, Integer.MAX_VALUE);
    Path q = write("count.ste", c);
    assertThatThrownBy(() -> ExportedModel.load(q)).hasMessageContaining("record count");
  }

  @Test
  void wrongInputShapeIsNamed() throws Exception {
    Path p = write("ok.ste", valid());
    ExportedModel m = ExportedModel.load(p);
    assertThatThrownBy(() -> m.forward(dev.ste4j.tensor.Tensor.zeros(2, 10))).hasMessageContaining("[784]");
  }
}
