package dev.ste4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures of files and of JSON reading reach the user in plain words, naming the file (and line and column), with
 * no Java exception names and none of Jackson's internals; a path that does not work is a usage error (exit 2).
 */
class PlainMessagesTest extends InProcessCliTest {

  /** An exact-command input line: a 2-2-2 network, as in the Shekhovtsov command tests. */
  static final String LINE = "{\"id\": \"n1\", \"x\": [0.5, -1], \"layers\": [{\"W\": [[1, 2], [3, 4]], \"b\": [0, 0]},"
      + " {\"W\": [[1, -1], [-1, 1]], \"b\": [0, 0]}], \"noise\": \"logistic\", \"label\": 1}";

  @TempDir Path tmp;

  private String oneLine() {
    String[] lines = err.toString().strip().split("\\R");
    assertThat(lines).as(err.toString()).hasSize(1);
    assertThat(lines[0]).startsWith("ste: ").doesNotContain("Exception", "com.fasterxml", "java.", "`",
        "[Source:", "reference chain", "JsonToken");
    return lines[0];
  }

  @Test
  void anOutputFileUnderAFileIsNamedInPlainWords() throws Exception {
    Path in = Files.writeString(tmp.resolve("in.jsonl"), LINE + "\n");
    Path file = Files.writeString(tmp.resolve("plain-file"), "x");
    assertThat(run("lab", "shekhovtsov2021", "exact", "--input", in.toString(), "--output",
        file.resolve("out.jsonl").toString())).as(err.toString()).isEqualTo(2);
    assertThat(oneLine()).isEqualTo("ste: already exists: " + file);
  }

  @Test
  void runJsonOfTheWrongShapeIsReportedWithoutJacksonTypes() throws Exception {
    Path runDir = Files.createDirectories(tmp.resolve("run"));
    Files.writeString(runDir.resolve("run.json"), "[1, 2]\n");
    assertThat(run("eval", runDir.toString())).isEqualTo(2);
    assertThat(oneLine()).isEqualTo("ste: " + runDir.resolve("run.json")
        + ": not valid JSON at line 1, column 1: expected an object of keys and values there");
  }

  @Test
  void malformedRunJsonNamesTheLineAndColumn() throws Exception {
    Path runDir = Files.createDirectories(tmp.resolve("run2"));
    Files.writeString(runDir.resolve("run.json"), "{\n  \"command\": \"train\",\n  \"config\": {\"model\" 1}\n}\n");
    assertThat(run("eval", runDir.toString())).isEqualTo(2);
    assertThat(oneLine()).startsWith("ste: " + runDir.resolve("run.json") + ": not valid JSON at line 3, column ");
  }
}
