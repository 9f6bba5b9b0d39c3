package dev.ste4j.cli.command.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * {@code ste data list} reads each present dataset's headers and lengths, so damaged files are not listed as present;
 * a plain file as the data folder is a usage error; {@code ste data fetch} removes what killed fetches left.
 */
class DataListCheckTest extends OfflineCliTest {

  /** An IDX file of unsigned bytes with the given dimensions, all values {@code fill}. */
  private static byte[] idx(int fill, int... dims) {
    int n = Arrays.stream(dims).reduce(1, (a, b) -> a * b);
    ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + n);
    b.putInt(0x0800 | dims.length);
    for (int d : dims) {
      b.putInt(d);
    }
    byte[] values = new byte[n];
    Arrays.fill(values, (byte) fill);
    return b.put(values).array();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  /** A valid, tiny MNIST-format set: 3 training and 2 test images of 28 × 28. */
  private static void writeMnist(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.write(folder.resolve("train-images-idx3-ubyte"), idx(7, 3, 28, 28));
    Files.write(folder.resolve("train-labels-idx1-ubyte.gz"), gzip(idx(1, 3)));
    Files.write(folder.resolve("t10k-images-idx3-ubyte.gz"), gzip(idx(7, 2, 28, 28)));
    Files.write(folder.resolve("t10k-labels-idx1-ubyte"), idx(1, 2));
  }

  private static void writeDigits(Path folder, int rows) throws IOException {
    StringBuilder s = new StringBuilder();
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < 64; i++) {
        s.append((r + i) % 17).append(',');
      }
      s.append(r % 10).append('\n');
    }
    Files.createDirectories(folder);
    Files.write(folder.resolve("digits.csv.gz"), gzip(s.toString().getBytes(StandardCharsets.US_ASCII)));
  }

  private String line(String dataset) {
    return out.toString().lines().filter(l -> l.startsWith(dataset + " ")).findFirst().orElseThrow();
  }

  @Test
  void validFilesArePresentAndDamagedOnesSayWhatIsWrong() throws Exception {
    writeMnist(dir.resolve("mnist"));
    // Fashion-MNIST: a compressed image file cut short (its header claims more images than follow).
    writeMnist(dir.resolve("fashion-mnist"));
    byte[] cut = gzip(Arrays.copyOf(idx(7, 2, 28, 28), 8 + 8 + 28 * 28));
    Files.write(dir.resolve("fashion-mnist/t10k-images-idx3-ubyte.gz"), cut);
    writeDigits(dir.resolve("digits"), 100);
    Files.createDirectories(dir.resolve("cifar10"));
    for (int i = 1; i <= 5; i++) {
      Files.write(dir.resolve("cifar10/data_batch_" + i + ".bin"), new byte[3073]);
    }
    Files.write(dir.resolve("cifar10/test_batch.bin"), new byte[3073 + 17]);

    assertThat(run("data", "list", "--data-dir", dir.toString())).as(err.toString()).isZero();
    assertThat(line("mnist")).containsPattern("mnist\\s+present");
    assertThat(line("fashion-mnist")).contains("damaged").contains("t10k-images-idx3-ubyte.gz: truncated");
    assertThat(line("digits")).contains("damaged: ").contains("has 100 rows, fewer than the 451");
    assertThat(line("cifar10")).contains("damaged: ").contains("test_batch.bin: length 3090 is not a positive"
        + " multiple").contains("ste data fetch cifar10");

    // A label file that disagrees with its images, and a wrong element type, are caught too.
    Files.write(dir.resolve("mnist/t10k-labels-idx1-ubyte"), idx(1, 5));
    out.getBuffer().setLength(0);
    assertThat(run("data", "list", "--data-dir", dir.toString())).isZero();
    assertThat(line("mnist")).contains("damaged: ").contains("5 labels do not match the 2 images");
    byte[] badMagic = idx(7, 3, 28, 28);
    badMagic[2] = 0x0d;
    Files.write(dir.resolve("mnist/train-images-idx3-ubyte"), badMagic);
    out.getBuffer().setLength(0);
    assertThat(run("data", "list", "--data-dir", dir.toString())).isZero();
    assertThat(line("mnist")).contains("damaged: ").contains("IDX element type 0x0D is not supported");
  }

  @Test
  void aPlainFileAsTheDataFolderIsAUsageError() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    for (String cmd : new String[] {"list", "fetch"}) {
      err.getBuffer().setLength(0);
      int code = cmd.equals("list") ? run("data", "list", "--data-dir", file.toString())
          : run("data", "fetch", "digits", "--data-dir", file.toString());
      assertThat(code).as(cmd).isEqualTo(2);
      assertThat(err.toString().lines()).as(cmd).containsExactly("ste: --data-dir " + file + " is a file, not a"
          + " folder; give the folder that holds the dataset files (or where they should go)");
    }
  }

  @Test
  void aFetchRemovesTheScratchFolderOfAKilledFetch() throws Exception {
    writeDigits(dir.resolve("digits"), 460);
    Path leftover = Files.createDirectories(dir.resolve(".fetch-digits-123456/scratch/pkg"));
    Files.writeString(leftover.resolve("digits.csv.gz"), "1,2,");
    Files.createFile(dir.resolve(".fetch-digits-123456/.lock")); // its lock died with the killed process
    assertThat(run("data", "fetch", "digits", "--data-dir", dir.toString())).as(err.toString()).isZero();
    assertThat(dir.resolve(".fetch-digits-123456")).doesNotExist();
    assertThat(out.toString()).contains("digits: 10 train / 450 test samples");
  }
}
