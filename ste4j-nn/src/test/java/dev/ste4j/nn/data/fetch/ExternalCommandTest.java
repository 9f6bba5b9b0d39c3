package dev.ste4j.nn.data.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalCommandTest {

  @TempDir Path dir;

  @Test
  void missingToolIsNamed() {
    assertThatThrownBy(() -> ExternalCommand.run(List.of("ste4j-no-such-tool"), dir))
        .isInstanceOf(IOException.class).hasMessageContaining("'ste4j-no-such-tool' is not available");
  }

  @Test
  void failureQuotesTheEndOfTheOutputAndLeavesNoLog() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
    assertThatThrownBy(() -> ExternalCommand.run(List.of("/bin/sh", "-c", "echo a; echo b; echo c; echo d; exit 3"),
        dir))
        .isInstanceOf(IOException.class).hasMessageEndingWith("failed with exit code 3: b | c | d");
    assertThat(ExternalCommand.run(List.of("/bin/sh", "-c", "echo ok"), dir)).isEqualTo("ok\n");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void downloadFailureNamesTheCauses() {
    ConnectException e = new ConnectException();
    e.initCause(new UnresolvedAddressException());
    assertThat(HttpSource.reason(e)).isEqualTo("ConnectException <- UnresolvedAddressException");
  }
}
