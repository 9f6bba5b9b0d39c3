package dev.ste4j.nn.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.optim.Optimizer;
import dev.ste4j.nn.optim.Optimizers;
import dev.ste4j.nn.train.TinyNet;
import dev.ste4j.tensor.random.Rng;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFormatTest {

  static Checkpoint sample() {
    TinyNet net = new TinyNet(5, 4, 3, true, 9);
    Optimizer adam = Optimizers.create("adam", Map.of(), net.namedParameters());
    return Checkpoint.capture("tinynet", net, adam, 2, 7, 123, 42, -5, Map.of("config", "lr: 0.1\nü"),
        Map.of("flip.w1", new float[] {1, -1}));
  }

  @Test
  void roundTripIsBitwiseAndWritesAreAtomic(@TempDir Path dir) throws Exception {
    Checkpoint c = sample();
    Path f = dir.resolve("a.ckpt");
    CheckpointFormat.write(f, c);
    CheckpointFormat.write(f, c);
    Checkpoint back = CheckpointFormat.read(f);
    assertThat(CheckpointFormat.toBytes(back)).isEqualTo(Files.readAllBytes(f));
    assertThat(back.metadata()).containsEntry("config", "lr: 0.1\nü");
    assertThat(back.epoch()).isEqualTo(2);
    assertThat(back.batch()).isEqualTo(7);
    assertThat(back.step()).isEqualTo(123);
    assertThat(back.rngState()).isEqualTo(-5);
    assertThat(back.optimizer().sameAs(c.optimizer())).isTrue();
    // no temporary files are left beside the checkpoint
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(f);
    }
  }

  @Test
  void everyTruncationAndSeededCorruptionIsReportedAsACheckpointError() {
    byte[] good = CheckpointFormat.toBytes(sample());
    Path f = Path.of("x.ckpt");
    for (int len = 0; len < good.length; len += Math.max(1, good.length / 300)) {
      byte[] cut = Arrays.copyOf(good, len);
      assertThatThrownBy(() -> CheckpointFormat.fromBytes(f, cut)).isInstanceOf(CheckpointException.class)
          .hasMessageContaining("x.ckpt");
    }
    Rng rng = new Rng(1);
    for (int trial = 0; trial < 500; trial++) {
      byte[] bad = good.clone();
      int pos = rng.nextInt(bad.length);
      bad[pos] ^= (byte) (1 + rng.nextInt(255));
      assertThatThrownBy(() -> CheckpointFormat.fromBytes(f, bad)).isInstanceOf(CheckpointException.class);
    }
  }

  @Test
  void aLyingCountWithAValidChecksumFailsBeforeAllocating() {
    byte[] good = CheckpointFormat.toBytes(sample());
    // The model name's length field sits right after the magic and version: claim 2^31−1 bytes.
    byte[] bad = good.clone();
    ByteBuffer.wrap(bad).putInt(12, Integer.MAX_VALUE);
    CRC32 crc = new CRC32();
    crc.update(bad, 0, bad.length - 4);
    ByteBuffer.wrap(bad).putInt(bad.length - 4, (int) crc.getValue());
    assertThatThrownBy(() -> CheckpointFormat.fromBytes(Path.of("y"), bad)).isInstanceOf(CheckpointException.class)
        .hasMessageContaining("claims 2147483647 string bytes");
    byte[] magic = good.clone();
    magic[0] = 'X';
    assertThatThrownBy(() -> CheckpointFormat.fromBytes(Path.of("y"), magic)).hasMessageContaining("magic");
    byte[] version = good.clone();
    ByteBuffer.wrap(version).putInt(8, 9);
    assertThatThrownBy(() -> CheckpointFormat.fromBytes(Path.of("y"), version)).hasMessageContaining("version 9");
  }

  @Test
  void restoringIntoAnotherModelNamesTheDifference(@TempDir Path dir) {
    Checkpoint c = sample();
    TinyNet other = new TinyNet(5, 6, 3, true, 9);
    Optimizer opt = Optimizers.create("adam", Map.of(), other.namedParameters());
    assertThatThrownBy(() -> c.restoreInto("tinynet", other, opt)).hasMessageContaining("w1")
        .hasMessageContaining("[5, 4]").hasMessageContaining("[5, 6]");
    assertThatThrownBy(() -> c.restoreInto("lenet5", other, opt)).hasMessageContaining("'tinynet'");
    float before = other.namedParameters().get("b2").data()[0];
    assertThat(other.namedParameters().get("b2").data()[0]).isEqualTo(before);
    assertThatThrownBy(() -> CheckpointFormat.read(dir.resolve("missing"))).hasMessageContaining("no such file");
  }
}
