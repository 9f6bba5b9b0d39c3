package dev.ste4j.nn.data.format;

import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.TestFiles;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdxReaderTest {

  @TempDir Path dir;

  @Test
  void readsPlainAndGzipImagesAlike() throws Exception {
    byte[] raw = TestFiles.idx(5, 3, 4);
    IdxData plain = IdxReader.readImages(TestFiles.write(dir, "img", raw));
    IdxData gz = IdxReader.readImages(TestFiles.write(dir, "img.gz", TestFiles.gzip(raw)));

    assertThat(plain.dims()).containsExactly(5, 3, 4);
    assertThat(plain.count()).isEqualTo(5);
    assertThat(plain.itemSize()).isEqualTo(12);
    assertThat(plain.data()).hasSize(60).isEqualTo(Arrays.copyOfRange(raw, 16, raw.length));
    assertThat(gz.dims()).containsExactly(5, 3, 4);
    assertThat(gz.data()).isEqualTo(plain.data());
  }

  @Test
  void readsADatasetWithRawPixelValuesAndShape1xHxW() throws Exception {
    Path img = TestFiles.write(dir, "img", TestFiles.idx(4, 2, 3));
    Path lab = TestFiles.write(dir, "lab.gz", TestFiles.gzip(TestFiles.idxLabels(0, 9, 3, 3)));
    Dataset ds = IdxReader.readDataset("t", img, lab, 10);

    assertThat(ds.size()).isEqualTo(4);
    assertThat(ds.sampleShape()).containsExactly(1, 2, 3);
    assertThat(ds.labels()).containsExactly(0, 9, 3, 3);
    // Value i of the file is (i*7+3) % 256, read unsigned: sample 3, value 5 is item 23 → 164.
    assertThat(ds.features()[23]).isEqualTo((23 * 7 + 3) % 256);
    assertThat(ds.features()[0]).isEqualTo(3f);
  }

  @Test
  void unsignedBytesAbove127StayPositive() throws Exception {
    Path lab = TestFiles.write(dir, "lab", TestFiles.idxLabels(255, 128));
    assertThat(IdxReader.readLabels(lab, 256)).containsExactly(255, 128);
  }

  @Test
  void wrongMagicIsRejectedNamingTheFile() {
    byte[] b = TestFiles.idx(2, 2, 2);
    b[0] = 0x1a;
    Path f = TestFiles.write(dir, "bad-magic", b);
    assertThatThrownBy(() -> IdxReader.readImages(f))
        .isInstanceOf(DataFileException.class).hasMessageContaining(f.toString()).hasMessageContaining("magic");
  }

  @Test
  void labelsFileGivenAsImagesIsRejectedByDimensionCount() {
    Path f = TestFiles.write(dir, "labels", TestFiles.idxLabels(1, 2));
    assertThatThrownBy(() -> IdxReader.readImages(f))
        .isInstanceOf(DataFileException.class).hasMessageContaining("1 dimensions, expected 3");
  }

  @Test
  void otherElementTypeIsRejected() {
    Path f = TestFiles.write(dir, "floats", TestFiles.idxHeader(0x0D01, 1));
    assertThatThrownBy(() -> IdxReader.read(f, 1))
        .isInstanceOf(DataFileException.class).hasMessageContaining("element type 0x0D");
  }

  @Test
  void truncatedPlainAndGzipFilesAreRejected() {
    byte[] raw = TestFiles.idx(5, 3, 4);
    byte[] cut = Arrays.copyOf(raw, raw.length - 1);
    Path plain = TestFiles.write(dir, "cut", cut);
    Path gz = TestFiles.write(dir, "cut.gz", TestFiles.gzip(cut));
    assertThatThrownBy(() -> IdxReader.readImages(plain))
        .isInstanceOf(DataFileException.class).hasMessageContaining(plain.toString()).hasMessageContaining("truncated");
    assertThatThrownBy(() -> IdxReader.readImages(gz))
        .isInstanceOf(DataFileException.class).hasMessageContaining(gz.toString()).hasMessageContaining("truncated");
    // A gzip stream cut in the middle of its compressed data.
    byte[] gzBytes = TestFiles.gzip(raw);
    Path gzCut = TestFiles.write(dir, "cut2.gz", Arrays.copyOf(gzBytes, gzBytes.length / 2));
    assertThatThrownBy(() -> IdxReader.readImages(gzCut))
        .isInstanceOf(DataFileException.class).hasMessageContaining(gzCut.toString());
  }

  @Test
  void extraBytesAreRejected() {
    byte[] raw = TestFiles.idx(2, 2, 2);
    byte[] longer = Arrays.copyOf(raw, raw.length + 3);
    Path plain = TestFiles.write(dir, "long", longer);
    Path gz = TestFiles.write(dir, "long.gz", TestFiles.gzip(longer));
    assertThatThrownBy(() -> IdxReader.readImages(plain)).isInstanceOf(DataFileException.class)
        .hasMessageContaining("extra bytes");
    assertThatThrownBy(() -> IdxReader.readImages(gz)).isInstanceOf(DataFileException.class)
        .hasMessageContaining("unexpected bytes after");
  }

  @Test
  void lyingHeaderClaiming2To31ItemsFailsWithoutAHugeAllocation() {
    // 2^31 - 1 items of 28 × 28: the check against the file length (plain) or against the array limit comes first.
    byte[] header = TestFiles.idxHeader(0x0803, Integer.MAX_VALUE, 28, 28);
    Path plain = TestFiles.write(dir, "liar", header);
    assertThatThrownBy(() -> IdxReader.readImages(plain))
        .isInstanceOf(DataFileException.class).hasMessageContaining("more values than an array can hold");
    // 2^31 as an unsigned count is negative as an int.
    Path negative = TestFiles.write(dir, "liar-neg", TestFiles.idxHeader(0x0801, Integer.MIN_VALUE));
    assertThatThrownBy(() -> IdxReader.readLabels(negative, 10))
        .isInstanceOf(DataFileException.class).hasMessageContaining("2147483648");
    // Within the array limit but far beyond the data: plain files are checked against their length before reading...
    Path big = TestFiles.write(dir, "liar-big", TestFiles.idxHeader(0x0801, 2_000_000_000));
    assertThatThrownBy(() -> IdxReader.readLabels(big, 10))
        .isInstanceOf(DataFileException.class).hasMessageContaining("implies 2000000008");
    // ...gzip files read only as far as the data goes, with a buffer that grows with it.
    Path bigGz = TestFiles.write(dir, "liar-big.gz", TestFiles.gzip(TestFiles.idxHeader(0x0801, 2_000_000_000)));
    assertThatThrownBy(() -> IdxReader.readLabels(bigGz, 10))
        .isInstanceOf(DataFileException.class).hasMessageContaining("truncated");
  }

  @Test
  void zeroDimensionIsRejected() {
    Path f = TestFiles.write(dir, "zero", TestFiles.idxHeader(0x0803, 0, 28, 28));
    assertThatThrownBy(() -> IdxReader.readImages(f))
        .isInstanceOf(DataFileException.class).hasMessageContaining("must be positive");
  }

  @Test
  void labelOutOfRangeIsRejectedWithItsIndex() {
    Path f = TestFiles.write(dir, "lab", TestFiles.idxLabels(1, 2, 10, 3));
    assertThatThrownBy(() -> IdxReader.readLabels(f, 10))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining(f.toString()).hasMessageContaining("label 10 at item 2 is out of range 0..9");
  }

  @Test
  void countMismatchBetweenImagesAndLabelsIsRejected() {
    Path img = TestFiles.write(dir, "img", TestFiles.idx(4, 2, 2));
    Path lab = TestFiles.write(dir, "lab", TestFiles.idxLabels(1, 2, 3));
    assertThatThrownBy(() -> IdxReader.readDataset("t", img, lab, 10))
        .isInstanceOf(DataFileException.class).hasMessageContaining("3 labels do not match the 4 images");
  }

  @Test
  void missingAndEmptyFilesAreDataFileExceptions() {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> IdxReader.readImages(missing))
        .isInstanceOf(DataFileException.class).hasMessageContaining("no such file");
    Path empty = TestFiles.write(dir, "empty", new byte[0]);
    assertThatThrownBy(() -> IdxReader.readImages(empty))
        .isInstanceOf(DataFileException.class).hasMessageContaining("truncated");
  }
}
