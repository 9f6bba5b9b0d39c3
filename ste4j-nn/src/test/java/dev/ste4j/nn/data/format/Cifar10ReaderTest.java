package dev.ste4j.nn.data.format;

import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.TestFiles;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Cifar10ReaderTest {

  @TempDir Path dir;

  @Test
  void readsBatchesInOrderAsThreeChannelImages() throws Exception {
    Path a = TestFiles.write(dir, "data_batch_1.bin", TestFiles.cifar(3, 0));
    Path b = TestFiles.write(dir, "data_batch_2.bin", TestFiles.cifar(9));
    Dataset ds = Cifar10Reader.read("cifar", List.of(a, b));

    assertThat(ds.size()).isEqualTo(3);
    assertThat(ds.sampleShape()).containsExactly(3, 32, 32);
    assertThat(ds.labels()).containsExactly(3, 0, 9);
    // Record r pixel i is (r + i) % 256; the third sample is record 0 of the second file.
    assertThat(ds.features()[0]).isEqualTo(0f);
    assertThat(ds.features()[3072 + 1024]).isEqualTo((1 + 1024) % 256); // green plane of sample 1
    assertThat(ds.features()[2 * 3072 + 5]).isEqualTo(5f);
  }

  @Test
  void lengthNotAMultipleOfTheRecordSizeIsRejected() {
    byte[] two = TestFiles.cifar(1, 2);
    Path cut = TestFiles.write(dir, "cut.bin", Arrays.copyOf(two, two.length - 100));
    assertThatThrownBy(() -> Cifar10Reader.read("c", List.of(cut)))
        .isInstanceOf(DataFileException.class).hasMessageContaining(cut.toString())
        .hasMessageContaining("not a positive multiple of the CIFAR-10 record size 3073");
    Path empty = TestFiles.write(dir, "empty.bin", new byte[0]);
    assertThatThrownBy(() -> Cifar10Reader.read("c", List.of(empty))).isInstanceOf(DataFileException.class);
  }

  @Test
  void gzipFileGetsAHint() {
    Path gz = TestFiles.write(dir, "batch.bin.gz", TestFiles.gzip(TestFiles.cifar(1, 2)));
    assertThatThrownBy(() -> Cifar10Reader.read("c", List.of(gz)))
        .isInstanceOf(DataFileException.class).hasMessageContaining("gzip-compressed");
  }

  @Test
  void labelOutOfRangeIsRejectedWithTheRecord() {
    Path f = TestFiles.write(dir, "bad.bin", TestFiles.cifar(1, 2, 10));
    assertThatThrownBy(() -> Cifar10Reader.read("c", List.of(f)))
        .isInstanceOf(DataFileException.class).hasMessageContaining(f.toString())
        .hasMessageContaining("label 10 of record 2 is out of range 0..9");
  }

  @Test
  void missingFileIsNamed() {
    Path f = dir.resolve("test_batch.bin");
    assertThatThrownBy(() -> Cifar10Reader.read("c", List.of(f)))
        .isInstanceOf(DataFileException.class).hasMessageContaining(f.toString()).hasMessageContaining("no such file");
  }
}
