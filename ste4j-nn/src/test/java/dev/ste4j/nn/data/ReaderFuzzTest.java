package dev.ste4j.nn.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ste4j.tensor.random.Rng;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation and truncation of valid files: every case must end in a load whose result is consistent, or in a
 * {@link DataFileException} naming the file; never another exception, a hang or a huge allocation (the surefire heap
 * would not survive a 2 GB array per case). The case count per reader is {@code -Dste4j.fuzz.cases=N} (default 300).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReaderFuzzTest {

  private static final int CASES = Integer.getInteger("ste4j.fuzz.cases", 300);

  @TempDir Path dir;

  /** A reader under test; returns the loaded dataset's size, or throws. */
  private interface Load {
    int apply(Path file) throws Exception;
  }

  @Test
  void idxPlain() {
    fuzz("idx", TestFiles.idx(6, 4, 5), false, f -> IdxReader.readImages(f).count());
  }

  @Test
  void idxGzip() {
    fuzz("idx-gz", TestFiles.idx(6, 4, 5), true, f -> IdxReader.readImages(f).count());
  }

  @Test
  void idxLabelsPlainAndGzip() {
    byte[] labels = TestFiles.idxLabels(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 3, 3);
    fuzz("lab", labels, false, f -> IdxReader.readLabels(f, 10).length);
    fuzz("lab-gz", labels, true, f -> IdxReader.readLabels(f, 10).length);
  }

  @Test
  void cifar() {
    fuzz("cifar", TestFiles.cifar(1, 9, 0), false, f -> Cifar10Reader.read("c", List.of(f)).size());
  }

  @Test
  void digitsCsvPlainAndGzip() {
    byte[] csv = TestFiles.digitsCsv(0, 5, 9, 2).getBytes(StandardCharsets.US_ASCII);
    fuzz("csv", csv, false, f -> DigitsCsvReader.read("d", f).size());
    fuzz("csv-gz", csv, true, f -> DigitsCsvReader.read("d", f).size());
  }

  /**
   * Runs {@link #CASES} mutants of {@code valid}. For gzip, half the cases mutate the content and compress it again
   * (testing the parser behind a valid stream), half mutate the compressed bytes (testing the stream's own checks).
   */
  private void fuzz(String name, byte[] valid, boolean gzip, Load load) {
    Rng rng = new Rng(20261123L).split(name.hashCode());
    int loaded = 0;
    int rejected = 0;
    for (int c = 0; c < CASES; c++) {
      byte[] content;
      if (!gzip) {
        content = mutate(valid, rng);
      } else if (c % 2 == 0) {
        content = TestFiles.gzip(mutate(valid, rng));
      } else {
        content = mutate(TestFiles.gzip(valid), rng);
      }
      Path file = TestFiles.write(dir, name + "-" + c, content);
      try {
        int size = load.apply(file);
        assertThat(size).isPositive();
        loaded++;
      } catch (DataFileException e) {
        assertThat(e.getMessage()).startsWith(file.toString());
        assertThat(e.file()).isEqualTo(file);
        rejected++;
      } catch (Throwable t) {
        fail(name + " case " + c + " (" + content.length + " bytes) ended in " + t, t);
      }
    }
    System.out.printf("fuzz %-7s %d cases: %d loaded, %d rejected with DataFileException%n", name, CASES, loaded,
        rejected);
    assertThat(loaded + rejected).isEqualTo(CASES);
    // Mutations that still parse (a changed pixel) are expected; mutations of the header must be rejected.
    assertThat(rejected).as(name + " rejected").isPositive();
  }

  /** One of: flip bits, overwrite bytes, overwrite a header word with a large value, truncate, insert, delete. */
  static byte[] mutate(byte[] valid, Rng rng) {
    byte[] b = valid.clone();
    switch (rng.nextInt(6)) {
      case 0 -> {
        for (int k = 1 + rng.nextInt(4); k > 0; k--) {
          int i = rng.nextInt(b.length);
          b[i] ^= (byte) (1 << rng.nextInt(8));
        }
      }
      case 1 -> {
        for (int k = 1 + rng.nextInt(4); k > 0; k--) {
          b[rng.nextInt(b.length)] = (byte) rng.nextInt(256);
        }
      }
      case 2 -> {
        // A lying header: a word near the start set to a large or extreme value.
        int at = 4 * rng.nextInt(Math.min(4, b.length / 4));
        int v = switch (rng.nextInt(4)) {
          case 0 -> Integer.MAX_VALUE;
          case 1 -> Integer.MIN_VALUE;
          case 2 -> 1 << 30;
          default -> (int) rng.nextLong();
        };
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
      }
      case 3 -> b = Arrays.copyOf(b, rng.nextInt(b.length));
      case 4 -> {
        int at = rng.nextInt(b.length + 1);
        int n = 1 + rng.nextInt(8);
        byte[] c = new byte[b.length + n];
        System.arraycopy(b, 0, c, 0, at);
        for (int i = 0; i < n; i++) {
          c[at + i] = (byte) rng.nextInt(256);
        }
        System.arraycopy(b, at, c, at + n, b.length - at);
        b = c;
      }
      default -> {
        int at = rng.nextInt(b.length);
        int n = Math.min(1 + rng.nextInt(8), b.length - at);
        byte[] c = new byte[b.length - n];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, at + n, c, at, b.length - at - n);
        b = c;
      }
    }
    return b;
  }
}
