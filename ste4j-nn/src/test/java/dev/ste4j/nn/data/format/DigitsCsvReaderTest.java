package dev.ste4j.nn.data.format;

import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigitsCsvReaderTest {

  @TempDir Path dir;

  private Path csv(String name, String text) {
    return TestFiles.write(dir, name, text.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void readsPlainAndGzipAlike() throws Exception {
    String text = TestFiles.digitsCsv(0, 7, 9);
    Dataset plain = DigitsCsvReader.read("d", csv("digits.csv", text));
    Dataset gz = DigitsCsvReader.read("d", TestFiles.write(dir, "digits.csv.gz",
        TestFiles.gzip(text.getBytes(StandardCharsets.US_ASCII))));

    assertThat(plain.size()).isEqualTo(3);
    assertThat(plain.sampleShape()).containsExactly(64);
    assertThat(plain.labels()).containsExactly(0, 7, 9);
    assertThat(plain.features()[64 + 16]).isEqualTo((1 + 16) % 17);
    assertThat(gz.features()).isEqualTo(plain.features());
    assertThat(gz.labels()).isEqualTo(plain.labels());
  }

  @Test
  void acceptsDecimalsCrlfAndBlankLines() throws Exception {
    String row = "0.0,".repeat(63) + "16.0,3.0";
    Dataset ds = DigitsCsvReader.read("d", csv("d.csv", row + "\r\n\n" + row + "\r\n\n"));
    assertThat(ds.size()).isEqualTo(2);
    assertThat(ds.features()[63]).isEqualTo(16f);
    assertThat(ds.labels()).containsExactly(3, 3);
  }

  @Test
  void growsPastTheInitialCapacity() throws Exception {
    int[] labels = new int[1000];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = i % 10;
    }
    Dataset ds = DigitsCsvReader.read("d", csv("d.csv", TestFiles.digitsCsv(labels)));
    assertThat(ds.size()).isEqualTo(1000);
    assertThat(ds.label(999)).isEqualTo(9);
  }

  @Test
  void wrongFieldCountIsRejectedWithTheLine() {
    String good = TestFiles.digitsCsv(1);
    Path f = csv("d.csv", good + "1,2,3\n");
    assertThatThrownBy(() -> DigitsCsvReader.read("d", f))
        .isInstanceOf(DataFileException.class).hasMessageContaining(f.toString())
        .hasMessageContaining("line 2 has 3 fields, expected 65");
  }

  @Test
  void labelOutOfRangeOrFractionalIsRejected() {
    String base = "0,".repeat(64);
    assertThatThrownBy(() -> DigitsCsvReader.read("d", csv("a.csv", base + "10\n")))
        .isInstanceOf(DataFileException.class).hasMessageContaining("label 10.0 is not an integer in 0..9");
    assertThatThrownBy(() -> DigitsCsvReader.read("d", csv("b.csv", base + "2.5\n")))
        .isInstanceOf(DataFileException.class).hasMessageContaining("label 2.5");
  }

  @Test
  void valuesOutsideTheRangeOrNotNumbersAreRejected() {
    String tail = "0,".repeat(63);
    assertThatThrownBy(() -> DigitsCsvReader.read("d", csv("a.csv", "17," + tail + "1\n")))
        .isInstanceOf(DataFileException.class).hasMessageContaining("value 17.0 is outside 0..16");
    assertThatThrownBy(() -> DigitsCsvReader.read("d", csv("b.csv", "-1," + tail + "1\n")))
        .isInstanceOf(DataFileException.class).hasMessageContaining("'-1' is not a number");
    assertThatThrownBy(() -> DigitsCsvReader.read("d", csv("c.csv", "NaN," + tail + "1\n")))
        .isInstanceOf(DataFileException.class).hasMessageContaining("'NaN' is not a number");
    assertThatThrownBy(() -> DigitsCsvReader.read("d", csv("e.csv", "," + tail + "1\n")))
        .isInstanceOf(DataFileException.class).hasMessageContaining("field 1 is empty");
  }

  @Test
  void emptyFileAndOverlongLineAreRejected() {
    assertThatThrownBy(() -> DigitsCsvReader.read("d", csv("empty.csv", "\n\n")))
        .isInstanceOf(DataFileException.class).hasMessageContaining("no data rows");
    assertThatThrownBy(() -> DigitsCsvReader.read("d", csv("long.csv", "1".repeat(10_000))))
        .isInstanceOf(DataFileException.class).hasMessageContaining("line 1 is longer than 4096");
  }

  @Test
  void truncatedGzipIsRejected() {
    byte[] gz = TestFiles.gzip(TestFiles.digitsCsv(1, 2, 3).getBytes(StandardCharsets.US_ASCII));
    byte[] cut = java.util.Arrays.copyOf(gz, gz.length - 6);
    Path f = TestFiles.write(dir, "cut.csv.gz", cut);
    assertThatThrownBy(() -> DigitsCsvReader.read("d", f))
        .isInstanceOf(DataFileException.class).hasMessageContaining(f.toString());
  }
}
