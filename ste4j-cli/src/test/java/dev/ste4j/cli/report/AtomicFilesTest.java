package dev.ste4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir
  Path dir;

  @Test
  void replacesContentAndLeavesNoTemporaryFile() throws IOException {
    Path f = dir.resolve("a.txt");
    AtomicFiles.writeString(f, "first");
    AtomicFiles.writeString(f, "second");
    assertThat(Files.readString(f)).isEqualTo("second");
    assertThat(list()).containsExactly("a.txt");
  }

  @Test
  void failedWriteKeepsOldContentAndRemovesItsTemporaryFile() throws IOException {
    Path f = dir.resolve("a.txt");
    AtomicFiles.writeString(f, "complete");
    assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
      out.write("half-writ".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk on fire");
    })).hasMessage("disk on fire");
    assertThat(Files.readString(f)).isEqualTo("complete");
    assertThat(list()).containsExactly("a.txt");
  }

  @Test
  void failedFirstWriteCreatesNothing() {
    Path f = dir.resolve("new.txt");
    assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(f).doesNotExist();
    assertThat(list()).isEmpty();
  }

  @Test
  void sweepsTemporaryFilesLeftByACrash() throws IOException {
    Files.writeString(dir.resolve(".x.png.1234" + AtomicFiles.TEMP_SUFFIX), "partial");
    Files.writeString(dir.resolve("keep.csv"), "ok");
    assertThat(AtomicFiles.deleteTemporaryFiles(dir)).isEqualTo(1);
    assertThat(list()).containsExactly("keep.csv");
  }

  private java.util.List<String> list() {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
