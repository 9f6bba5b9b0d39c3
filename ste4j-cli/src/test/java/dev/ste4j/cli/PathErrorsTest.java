package dev.ste4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** The plain words for each file-system exception the JDK throws, with the path and no class name. */
class PathErrorsTest {

  @Test
  void eachKindHasItsWords() {
    assertThat(PathErrors.describe(new NoSuchFileException("/x"))).isEqualTo("no such file: /x");
    assertThat(PathErrors.describe(new AccessDeniedException("/x"))).isEqualTo("permission denied: /x");
    assertThat(PathErrors.describe(new NotDirectoryException("/x"))).isEqualTo("not a folder: /x");
    assertThat(PathErrors.describe(new UncheckedIOException(new NoSuchFileException("/a", "/b", null))))
        .isEqualTo("no such file: /a -> /b");
    assertThat(PathErrors.describe(new FileSystemException("/x", null, "Read-only file system")))
        .isEqualTo("cannot use the file: /x (Read-only file system)");
    assertThat(PathErrors.describe(new IOException("other"))).isNull();
  }
}
