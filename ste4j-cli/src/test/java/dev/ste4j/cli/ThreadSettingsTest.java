package dev.ste4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --threads} and {@code STE4J_THREADS}: below 1 or not a number is a usage error naming where the value came
 * from, checked before the command does anything else; more threads than cores runs with a warning. The command line
 * is the real one, given an environment and a core count of its own.
 */
class ThreadSettingsTest {

  private static final int CORES = 2;

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> environment, String... args) {
    CommandLine cl = Ste.commandLine(environment::get, CORES);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private String[] lines() {
    return err.toString().strip().split("\\R");
  }

  @Test
  void evalWithThreadsZeroBlamesTheOptionNotTheRunFolder() {
    // The folder does not exist: were the command to start, it would complain about run.json instead.
    assertThat(run(Map.of(), "eval", tmp.resolve("no-run").toString(), "--threads", "0")).isEqualTo(2);
    assertThat(lines()).hasSize(1);
    assertThat(lines()[0]).startsWith("ste: --threads must be at least 1, got 0").doesNotContain("run.json");
  }

  @Test
  void negativeAndNonNumericThreadsAreUsageErrors() {
    assertThat(run(Map.of(), "train", "--model", "mlp", "--data", "digits", "--threads", "-3")).isEqualTo(2);
    assertThat(lines()).containsExactly("ste: --threads must be at least 1, got -3 (see 'ste train --help')");
    err.getBuffer().setLength(0);
    assertThat(run(Map.of(), "reproduce", "--threads", "many")).isEqualTo(2);
    assertThat(lines()).hasSize(1);
    assertThat(lines()[0]).contains("--threads").contains("many");
  }

  @Test
  void theEnvironmentVariableIsCheckedTheSameWay() {
    for (String bad : new String[] {"abc", "0", "-1", "2.5"}) {
      err.getBuffer().setLength(0);
      assertThat(run(Map.of("STE4J_THREADS", bad), "quantizers")).as(bad).isEqualTo(2);
      assertThat(lines()).as(bad).hasSize(1);
      assertThat(lines()[0]).as(bad).startsWith("ste: STE4J_THREADS must be").contains(bad);
      assertThat(out.toString()).as(bad).isEmpty();
    }
  }

  @Test
  void moreThreadsThanCoresRunWithOneWarningLine() {
    assertThat(run(Map.of("STE4J_THREADS", "1000"), "quantizers")).isZero();
    assertThat(lines()).containsExactly("ste: warning: STE4J_THREADS=1000 is more threads than the 2 cores of this"
        + " machine; extra threads only slow the work down");
    assertThat(out.toString()).contains("ste_sign");

    err.getBuffer().setLength(0);
    // The warning comes first; then the command runs and meets its own problem (no run folder there).
    assertThat(run(Map.of(), "eval", tmp.resolve("no-run").toString(), "--threads", "64")).isEqualTo(2);
    assertThat(lines()).hasSize(2);
    assertThat(lines()[0]).isEqualTo("ste: warning: --threads 64 is more threads than the 2 cores of this machine;"
        + " extra threads only slow the work down");
    assertThat(lines()[1]).contains("no run.json");
  }

  @Test
  void threadCountsUpToTheCoresGiveNoWarning() {
    assertThat(run(Map.of("STE4J_THREADS", "2"), "quantizers")).isZero();
    assertThat(err.toString()).isEmpty();
  }
}
