package dev.ste4j.cli.command.data;

import dev.ste4j.cli.InProcessCliTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the data command tests that build their files in a temporary folder and must never download. */
abstract class OfflineCliTest extends InProcessCliTest {

  @TempDir Path dir;

  @BeforeEach
  void noDownloads() {
    System.setProperty("ste4j.offline", "true");
  }

  @AfterEach
  void restore() {
    System.clearProperty("ste4j.offline");
  }
}
