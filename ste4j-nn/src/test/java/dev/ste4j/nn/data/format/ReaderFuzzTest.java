package dev.ste4j.nn.data.format;

import dev.ste4j.nn.ByteMutations;
import dev.ste4j.nn.FuzzTally;
import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.TestFiles;
import dev.ste4j.tensor.random.Rng;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Seeded mutation and truncation of valid files: every case must end in a load whose result is consistent, or in a
 * {@link DataFileException} naming the file; never another exception, a hang or a huge allocation (the surefire heap
 * would not survive a 2 GB array per case). The case count per reader is {@code -Dste4j.fuzz.cases=N} (default 300).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReaderFuzzTest {

  private static final int CASES = FuzzTally.cases(300);

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
    FuzzTally tally = new FuzzTally(name, "DataFileException");
    for (int c = 0; c < CASES; c++) {
      byte[] content;
      if (!gzip) {
        content = ByteMutations.mutate(valid, rng);
      } else if (c % 2 == 0) {
        content = TestFiles.gzip(ByteMutations.mutate(valid, rng));
      } else {
        content = ByteMutations.mutate(TestFiles.gzip(valid), rng);
      }
      Path file = TestFiles.write(dir, name + "-" + c, content);
      tally.attempt(c, DataFileException.class,
          e -> e.getMessage().startsWith(file.toString()) && e.file().equals(file),
          () -> load.apply(file) > 0 ? null : "loaded an empty dataset");
    }
    System.out.println(tally.summary());
    assertThat(tally.others()).as(tally.summary()).isEmpty();
    // Mutations that still parse (a changed pixel) are expected; mutations of the header must be rejected.
    assertThat(tally.rejectedCount()).as(name + " rejected").isPositive();
    // The valid files are under 1 KiB: no case may allocate more than a few MiB (a lying header sizing an array).
    assertThat(tally.maxAllocated()).as(tally.summary()).isLessThan(16L << 20);
  }

  /**
   * Headers that claim 2^31 - 1 items (or a product of dimensions past 2^31) in a file of about 100 bytes: the reader
   * must compare the claim with the file's length and fail before allocating (well under 1 MiB here).
   */
  @Test
  void lyingHeadersFailBeforeAllocating() {
    int max = Integer.MAX_VALUE;
    byte[][] lies = {
        withBody(TestFiles.idxHeader(0x0803, max, 28, 28), 88),
        withBody(TestFiles.idxHeader(0x0803, 65536, 65536, 2), 88),
        withBody(TestFiles.idxHeader(0x0801, max), 92),
        withBody(TestFiles.idxHeader(0x0803, 1 << 20, 1 << 20, 1 << 20), 88),
    };
    for (int i = 0; i < lies.length; i++) {
      for (boolean gzip : new boolean[] {false, true}) {
        Path file = TestFiles.write(dir, "lie-" + i + (gzip ? ".gz" : ""), gzip ? TestFiles.gzip(lies[i]) : lies[i]);
        long before = FuzzTally.allocatedBytes();
        boolean labels = (lies[i][3] & 0xff) == 1;
        assertThatThrownBy(() -> {
          if (labels) {
            IdxReader.readLabels(file, 10);
          } else {
            IdxReader.readImages(file);
          }
        }).isInstanceOf(DataFileException.class).hasMessageStartingWith(file.toString());
        assertThat(FuzzTally.allocatedBytes() - before).as(file.toString()).isLessThan(1L << 20);
      }
    }
  }

  private static byte[] withBody(byte[] header, int bodyBytes) {
    return Arrays.copyOf(header, header.length + bodyBytes);
  }
}
