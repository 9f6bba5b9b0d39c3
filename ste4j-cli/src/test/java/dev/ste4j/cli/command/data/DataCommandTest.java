package dev.ste4j.cli.command.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class DataCommandTest extends OfflineCliTest {

  /** A digits file of 460 valid rows in the folder. */
  private void writeDigits(Path folder) throws IOException {
    StringBuilder s = new StringBuilder();
    for (int r = 0; r < 460; r++) {
      for (int i = 0; i < 64; i++) {
        s.append((r + i) % 17).append(',');
      }
      s.append(r % 10).append('\n');
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(s.toString().getBytes(StandardCharsets.US_ASCII));
    }
    Files.createDirectories(folder);
    Files.write(folder.resolve("digits.csv.gz"), bytes.toByteArray());
  }

  @Test
  void listShowsPresentAndMissingDatasets() throws Exception {
    writeDigits(dir.resolve("digits"));
    assertThat(run("data", "list", "--data-dir", dir.toString())).isZero();
    assertThat(out.toString())
        .contains("data folder: " + dir)
        .containsPattern("digits\\s+present\\s+[0-9.]+ MB\\s+" + java.util.regex.Pattern.quote(dir.resolve("digits")
            .toString()))
        .containsPattern("mnist\\s+missing\\s+-\\s+ste data fetch mnist")
        .contains("cifar10");
  }

  @Test
  void fetchOfPresentFilesChecksThem() throws Exception {
    writeDigits(dir);
    assertThat(run("data", "fetch", "digits", "--data-dir", dir.toString())).isZero();
    assertThat(out.toString()).contains("digits: 10 train / 450 test samples in " + dir + " (already present");
  }

  @Test
  void unknownNameExitsWith2ListingTheValidOnes() {
    assertThat(run("data", "fetch", "imagenet", "--data-dir", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown dataset 'imagenet'; valid: mnist, fashion-mnist, digits, cifar10");
  }

  @Test
  void cifarWithFetchingOffExitsWith2SayingHowToGetIt() {
    assertThat(run("data", "fetch", "cifar10", "--data-dir", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cifar10 is not in " + dir, "fetching is off").contains("--data-dir")
        .contains("binary version");
  }

  @Test
  void corruptFileExitsWith2NamingIt() throws Exception {
    Files.createDirectories(dir.resolve("cifar10"));
    for (int i = 1; i <= 5; i++) {
      Files.write(dir.resolve("cifar10/data_batch_" + i + ".bin"), new byte[3073]);
    }
    Files.write(dir.resolve("cifar10/test_batch.bin"), new byte[100]);
    assertThat(run("data", "fetch", "cifar10", "--data-dir", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("test_batch.bin: length 100 is not a positive multiple");
  }
}
