package dev.ste4j.nn.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.ByteMutations;
import dev.ste4j.nn.FuzzTally;
import dev.ste4j.tensor.random.Rng;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded mutants of a valid checkpoint. Half keep their corruption under the old checksum (the CRC must catch them),
 * half get a checksum recomputed over the mutated bytes, so the parser itself meets the lying counts, negative
 * dimensions and truncated fields. Every case ends in a checkpoint that writes back to exactly the bytes read, or a
 * {@link CheckpointException} naming the file; no case allocates more than a few MiB. Cases:
 * {@code -Dste4j.fuzz.cases} (default 800).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CheckpointFuzzTest {

  @Test
  void mutantsLoadExactlyOrRaiseCheckpointException() {
    fuzz(CheckpointFormatTest.sample(), "checkpoint");
  }

  /** The same with the trainer's resume section (format version 2) filled in. */
  @Test
  void mutantsOfACheckpointWithAResumeStateLoadExactlyOrRaiseCheckpointException() {
    Checkpoint c = CheckpointFormatTest.sample();
    ResumeState r = new ResumeState("1\t20\n", 0.5, 3, 4, 1, 2.5, java.util.Map.of("module2", new long[] {7, -9}),
        java.util.Map.of("w1", new float[] {1, -1, 1}));
    fuzz(new Checkpoint(c.model(), c.epoch(), c.batch(), c.step(), c.rngSeed(), c.rngState(), c.metadata(),
        c.parameters(), c.buffers(), c.optimizer(), c.extras(), r), "checkpoint-resume");
  }

  private static void fuzz(Checkpoint sample, String name) {
    byte[] valid = CheckpointFormat.toBytes(sample);
    Rng rng = new Rng(20261123L).split(name.hashCode());
    FuzzTally crcKept = new FuzzTally(name, "CheckpointException");
    FuzzTally crcFixed = new FuzzTally(name + "-crc-fixed", "CheckpointException");
    int cases = FuzzTally.cases(800);
    for (int c = 0; c < cases; c++) {
      boolean fix = c % 2 == 1;
      byte[] b = ByteMutations.mutate(valid, rng);
      if (fix) {
        b = withChecksum(b);
      }
      FuzzTally tally = fix ? crcFixed : crcKept;
      Path file = Path.of("fuzz-" + c + ".ckpt");
      tally.startCase();
      try {
        Checkpoint back = CheckpointFormat.fromBytes(file, b);
        if (Arrays.equals(CheckpointFormat.toBytes(back), b)) {
          tally.loaded();
        } else {
          tally.other(c, "loaded, but does not write back to the same bytes");
        }
      } catch (CheckpointException e) {
        if (e.getMessage().contains(file.toString())) {
          tally.rejected();
        } else {
          tally.other(c, "message does not name the file: " + e.getMessage());
        }
      } catch (Throwable t) {
        tally.other(c, t.toString());
      }
      tally.endCase();
    }
    for (FuzzTally t : new FuzzTally[] {crcKept, crcFixed}) {
      System.out.println(t.summary());
      assertThat(t.others()).as(t.summary()).isEmpty();
      assertThat(t.maxAllocated()).as(t.summary()).isLessThan(16L << 20);
    }
    assertThat(crcFixed.rejectedCount()).isPositive();
  }

  /** The bytes with their last four replaced by the CRC-32 of the rest (what a careful forger would write). */
  static byte[] withChecksum(byte[] b) {
    if (b.length < 4) {
      return b;
    }
    byte[] out = b.clone();
    CRC32 crc = new CRC32();
    crc.update(out, 0, out.length - 4);
    ByteBuffer.wrap(out).putInt(out.length - 4, (int) crc.getValue());
    return out;
  }

  /**
   * Found by the fuzz (with the checksum recomputed): a name given twice and malformed UTF-8 loaded silently, into a
   * checkpoint other than the file (one of the two entries dropped, bad bytes replaced).
   */
  @Test
  void duplicateNamesAndMalformedTextAreRejected() {
    byte[] valid = CheckpointFormat.toBytes(CheckpointFormatTest.sample());
    String text = new String(valid, java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] twice = text.replaceFirst("b1", "w1").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> CheckpointFormat.fromBytes(Path.of("d.ckpt"), withChecksum(twice)))
        .isInstanceOf(CheckpointException.class).hasMessageContaining("parameter 'w1' appears twice");
    byte[] malformed = valid.clone();
    int at = text.indexOf("\u00c3\u00bc"); // the 'ü' of the sample's metadata
    malformed[at + 1] = '(';
    assertThatThrownBy(() -> CheckpointFormat.fromBytes(Path.of("u.ckpt"), withChecksum(malformed)))
        .isInstanceOf(CheckpointException.class).hasMessageContaining("not valid UTF-8");
  }

  /** A count claiming 2^31 - 1 floats in a file of a few hundred bytes fails before allocating (under 1 MiB). */
  @Test
  void aLyingArrayCountFailsBeforeAllocating() {
    byte[] valid = CheckpointFormat.toBytes(CheckpointFormatTest.sample());
    // The first parameter's value count follows its name and shape; find it as the int that equals its size.
    Checkpoint c = CheckpointFormat.fromBytes(Path.of("v"), valid);
    int values = c.parameters().values().iterator().next().values().length;
    ByteBuffer in = ByteBuffer.wrap(valid);
    int at = -1;
    for (int i = 12; i + 4 <= valid.length; i++) {
      if (in.getInt(i) == values) {
        at = i;
        break;
      }
    }
    assertThat(at).isPositive();
    byte[] lie = valid.clone();
    ByteBuffer.wrap(lie).putInt(at, Integer.MAX_VALUE);
    byte[] signed = withChecksum(lie);
    long before = FuzzTally.allocatedBytes();
    assertThatThrownBy(() -> CheckpointFormat.fromBytes(Path.of("lie.ckpt"), signed))
        .isInstanceOf(CheckpointException.class).hasMessageContaining("lie.ckpt");
    assertThat(FuzzTally.allocatedBytes() - before).isLessThan(1L << 20);
  }
}
