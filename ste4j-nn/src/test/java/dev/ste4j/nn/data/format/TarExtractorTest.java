package dev.ste4j.nn.data.format;

import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.TestFiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TarExtractorTest {

  @TempDir Path dir;

  /** A ustar entry: header + data padded to 512 bytes. */
  private static void entry(ByteArrayOutputStream out, String name, char type, byte[] data) {
    byte[] h = new byte[512];
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(n, 0, h, 0, n.length);
    byte[] size = String.format("%011o", data.length).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(size, 0, h, 124, size.length);
    h[156] = (byte) type;
    System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, h, 257, 5);
    out.writeBytes(h);
    out.writeBytes(data);
    out.writeBytes(new byte[(512 - data.length % 512) % 512]);
  }

  @Test
  void extractsRegularFilesFromAGzippedTarWithLongNames() throws Exception {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    entry(tar, "package/", '5', new byte[0]);
    entry(tar, "package/data/a.bin", '0', new byte[] {1, 2, 3});
    String longName = "package/" + "x".repeat(120) + "/b.bin";
    entry(tar, "././@LongLink", 'L', (longName + "\0").getBytes(StandardCharsets.UTF_8));
    entry(tar, "ignored", '0', new byte[600]);
    tar.writeBytes(new byte[1024]);
    Path archive = TestFiles.write(dir, "p.tgz", TestFiles.gzip(tar.toByteArray()));

    assertThat(TarExtractor.extract(archive, dir.resolve("out"))).isEqualTo(2);
    assertThat(Files.readAllBytes(dir.resolve("out/package/data/a.bin"))).containsExactly(1, 2, 3);
    assertThat(Files.size(dir.resolve("out").resolve(longName))).isEqualTo(600);
  }

  @Test
  void refusesEntriesOutsideTheTarget() {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    entry(tar, "../evil", '0', new byte[] {1});
    tar.writeBytes(new byte[1024]);
    Path archive = TestFiles.write(dir, "evil.tar", tar.toByteArray());
    assertThatThrownBy(() -> TarExtractor.extract(archive, dir.resolve("out")))
        .isInstanceOf(DataFileException.class).hasMessageContaining("outside the target folder");
    assertThat(Files.exists(dir.resolve("evil"))).isFalse();
  }

  @Test
  void truncatedArchiveIsReported() {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    entry(tar, "a.bin", '0', new byte[1000]);
    byte[] cut = java.util.Arrays.copyOf(tar.toByteArray(), 700);
    Path archive = TestFiles.write(dir, "cut.tar", cut);
    assertThatThrownBy(() -> TarExtractor.extract(archive, dir.resolve("out")))
        .isInstanceOf(DataFileException.class).hasMessageContaining("truncated");
  }
}
