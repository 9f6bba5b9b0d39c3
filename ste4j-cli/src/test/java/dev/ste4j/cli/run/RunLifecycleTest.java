package dev.ste4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.RunFolders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one run lifecycle: how each kind of ending shows in run.json, errors.log, stdout and the exit code. */
class RunLifecycleTest {

  @TempDir Path root;

  private final StringWriter stdout = new StringWriter();

  private int run(RunLifecycle.Work work) throws Exception {
    return RunLifecycle.run(root, "demo", Map.of("k", 1), 7, new PrintWriter(stdout, true), work);
  }

  private String status() throws IOException {
    return new ObjectMapper().readTree(RunFolders.only(root).resolve("run.json").toFile()).get("status").asText();
  }

  @Test
  void aSucceededRunPrintsItsSummaryAndTheReportsAbsolutePath() throws Exception {
    assertThat(run(folder -> RunOutcome.succeeded(List.of("one", "two")))).isZero();
    Path report = RunFolders.only(root).resolve("report.html").toAbsolutePath();
    assertThat(stdout.toString().lines()).containsExactly("one", "two", "report: " + report);
    assertThat(status()).isEqualTo("succeeded");
  }

  @Test
  void anOutcomeWithAFailureEndsTheRunFailedWithItsExitCode() throws Exception {
    assertThat(run(folder -> new RunOutcome("1 of 2 parts failed", 1, report -> List.of("done", report.toString()))))
        .isEqualTo(1);
    assertThat(status()).isEqualTo("failed");
    assertThat(stdout.toString()).startsWith("done").endsWith("report.html" + System.lineSeparator());
  }

  @Test
  void workThatThrowsFailsTheRunLogsTheTraceAndRethrows() throws Exception {
    assertThatThrownBy(() -> run(folder -> {
      throw new IllegalStateException("broken");
    })).hasMessage("broken");
    assertThat(status()).isEqualTo("failed");
    assertThat(RunFolders.only(root).resolve("errors.log")).content().contains("broken");
    assertThat(stdout.toString()).isEmpty();
  }

  @Test
  void workThatEndedTheRunItselfKeepsThatEnding() throws Exception {
    assertThatThrownBy(() -> run(folder -> {
      folder.fail("diverged at step 3");
      throw new IllegalStateException("the user's one line");
    })).hasMessage("the user's one line");
    Path dir = RunFolders.only(root);
    assertThat(new ObjectMapper().readTree(dir.resolve("run.json").toFile()).get("error").asText())
        .isEqualTo("diverged at step 3");
    assertThat(Files.exists(dir.resolve("errors.log"))).isFalse();
  }
}
