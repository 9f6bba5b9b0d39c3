package dev.ste4j.cli.command.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.InProcessCliTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ste lab shekhovtsov2021 exact} with subnormal noise scales, and on inputs that must be refused. */
class ExactStrictnessTest extends InProcessCliTest {

  /** [2, 2, 2]; first-layer pre-activations on x = (1, −1): 0.3 and exactly b1. */
  private static String net(String id, String noise, String scale, double b1) {
    return "{\"id\": \"" + id + "\", \"x\": [1, -1], \"layers\": [{\"W\": [[0.5, 0.2], [0.5, 0.5]], \"b\": [0, "
        + b1 + "]}, {\"W\": [[1, -1], [0.5, 0.5]], \"b\": [0, 0]}], \"noise\": \"" + noise + "\", \"label\": 1,"
        + " \"scale\": " + scale + "}";
  }

  @TempDir Path dir;

  @Test
  void aSubnormalScaleGivesTheStepFunctionLimit() throws Exception {
    Path in = dir.resolve("tiny.jsonl");
    Files.writeString(in, net("l", "logistic", "1e-320", -0.3) + "\n" + net("u", "uniform", "1e-320", -0.3) + "\n"
        + net("d", "uniform", "1e-300", -0.3) + "\n");
    assertThat(run("lab", "shekhovtsov2021", "exact", "--input", in.toString())).as(err.toString()).isEqualTo(0);
    var lines = out.toString().lines().map(ExactStrictnessTest::json).toList();
    assertThat(lines).hasSize(3);
    for (JsonNode line : lines) {
      // Hidden units at a = 0.3 and −0.3 are deterministic: the first layer gets no gradient.
      assertThat(line.get("grad").get(0).get("b").get(0).asDouble()).isZero();
      assertThat(line.get("grad").get(0).get("b").get(1).asDouble()).isZero();
      assertThat(line.get("expectedLoss").asDouble()).isEqualTo(lines.get(2).get("expectedLoss").asDouble());
    }
  }

  @Test
  void anOverflowingGradientIsOneErrorLineNamingLineAndIdAndNothingIsWritten() throws Exception {
    Path in = dir.resolve("overflow.jsonl");
    // b1 = 0 puts the second unit at a = 0 exactly: F'(0) = 1/(4s) ≈ 2.5e319 with s = 1e-320.
    Files.writeString(in, net("fine", "logistic", "1", 0) + "\n" + net("x", "logistic", "1e-320", 0) + "\n");
    Path outFile = dir.resolve("out.jsonl");
    Files.writeString(outFile, "previous\n");
    assertThat(run("lab", "shekhovtsov2021", "exact", "--input", in.toString(), "--output", outFile.toString()))
        .isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("ste: " + in + ": line 2 (id \"x\"): grad[0]").contains("overflows double")
        .doesNotContain("Infinity", "NaN");
    assertThat(Files.readString(outFile)).isEqualTo("previous\n");
  }

  @Test
  void trailingContentDuplicateKeysAndFoldersAreRefusedInPlainWords() throws Exception {
    String good = net("a", "logistic", "1", 0);
    String[][] cases = {
        {good + " x", "line 1: unexpected content after the JSON object"},
        {good + "{\"b\": 2}", "line 1: unexpected content after the JSON object"},
        {good.replace("\"label\": 1,", "\"label\": 1, \"label\": 0,"), "line 1: key \"label\" given twice"},
    };
    for (String[] c : cases) {
      Path in = dir.resolve("strict.jsonl");
      Files.writeString(in, c[0] + "\n");
      err.getBuffer().setLength(0);
      assertThat(run("lab", "shekhovtsov2021", "exact", "--input", in.toString())).as(c[0]).isEqualTo(2);
      assertThat(err.toString().lines()).as(c[0]).singleElement().asString()
          .startsWith("ste: " + in + ": ").contains(c[1]).doesNotContain("at [Source:", "com.fasterxml");
    }
    err.getBuffer().setLength(0);
    assertThat(run("lab", "shekhovtsov2021", "exact", "--input", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(dir + " is a folder, expected a JSON-lines file");
  }

  private static JsonNode json(String line) {
    try {
      return new ObjectMapper().readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}
