package dev.ste4j.cli.command.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.InProcessCliTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ste lab shekhovtsov2021 exact} and {@code enumeration} refuse an enumeration above {@code --max-states}
 * (2^26 by default) before doing any work: one line with the size, the estimated time and the option to raise it.
 */
class EnumerationLimitCommandTest extends InProcessCliTest {

  @TempDir Path dir;

  /** One exact-command line: input of length 1, one hidden layer of {@code units} units, two logits. */
  static String line(int units) {
    StringJoiner w = new StringJoiner(", ", "[", "]");
    StringJoiner b = new StringJoiner(", ", "[", "]");
    StringJoiner out = new StringJoiner(", ", "[", "]");
    for (int j = 0; j < units; j++) {
      w.add("[" + (j % 3 - 1) * 0.5 + "]");
      b.add("0");
      out.add(j % 2 == 0 ? "0.3" : "-0.2");
    }
    return "{\"id\": " + units + ", \"x\": [1], \"layers\": [{\"W\": " + w + ", \"b\": " + b + "}, {\"W\": [" + out
        + ", " + out + "], \"b\": [0, 0]}], \"noise\": \"logistic\", \"label\": 0}";
  }

  private String oneLine() {
    String[] lines = err.toString().strip().split("\\R");
    assertThat(lines).as(err.toString()).hasSize(1);
    return lines[0];
  }

  @Test
  void exactRefusesALineAboveTheDefaultBeforeComputingAnyLine() throws Exception {
    Path in = Files.writeString(dir.resolve("in.jsonl"), line(4) + "\n" + line(27) + "\n");
    Path result = dir.resolve("out.jsonl");
    assertThat(run("lab", "shekhovtsov2021", "exact", "--input", in.toString(), "--output", result.toString()))
        .isEqualTo(2);
    assertThat(oneLine()).isEqualTo("ste: exact enumeration of 2^27 states (27 binary units) would take about 4"
        + " minutes (2^20 states take about 2 s on a 2-core machine); the limit is 2^26 states; to run it anyway,"
        + " raise the limit with --max-states 134217728");
    assertThat(result).doesNotExist();
  }

  @Test
  void maxStatesLowersOrRaisesTheLimit() throws Exception {
    Path in = Files.writeString(dir.resolve("in12.jsonl"), line(12) + "\n");
    assertThat(run("lab", "shekhovtsov2021", "exact", "--input", in.toString(), "--max-states", "2048"))
        .isEqualTo(2);
    assertThat(oneLine()).contains("2^12 states").contains("the limit is 2^11 states").contains("--max-states 4096");
    err.getBuffer().setLength(0);
    assertThat(run("lab", "shekhovtsov2021", "exact", "--input", in.toString(), "--max-states", "4096"))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains("\"expectedLoss\"");
    err.getBuffer().setLength(0);
    assertThat(run("lab", "shekhovtsov2021", "exact", "--input", in.toString(), "--max-states", "0")).isEqualTo(2);
    assertThat(oneLine()).isEqualTo("ste: --max-states must be at least 1, got 0");
  }

  @Test
  void theEnumerationBenchmarkRefusesBeforeTimingTheSmallerSizes() throws Exception {
    Path runs = dir.resolve("runs");
    assertThat(run("lab", "shekhovtsov2021", "enumeration", "--sizes", "8,28", "--out", runs.toString()))
        .isEqualTo(2);
    assertThat(oneLine()).startsWith("ste: exact enumeration of 2^28 states (28 binary units) would take about 9"
        + " minutes").endsWith("--max-states 268435456");
    assertThat(runs).doesNotExist();
  }
}
