package dev.ste4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The run folders a command test finds under its {@code --out}. */
public final class RunFolders {

  private RunFolders() {}

  /** The one run folder under {@code root}, failing the test when there is not exactly one. */
  public static Path only(Path root) throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      List<Path> dirs = s.filter(Files::isDirectory).toList();
      assertThat(dirs).hasSize(1);
      return dirs.get(0);
    }
  }
}
