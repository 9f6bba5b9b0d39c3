package dev.ste4j.cli.command.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.InProcessCliTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ste lab yin2019 eval} at the ends of the double range, and on inputs that must be refused. */
class Yin2019EvalStrictnessTest extends InProcessCliTest {

  private static String point(String id, String w) {
    return "{\"id\": \"" + id + "\", \"m\": 2, \"n\": 2, \"v\": [1, -0.5], \"w\": " + w
        + ", \"vStar\": [0.7, 1.2], \"wStar\": [0.6, 0.8]}";
  }

  @TempDir Path dir;

  @Test
  void hugeAndTinyWeightsGiveTheAngleAndLossOfTheirDirection() throws Exception {
    Path in = dir.resolve("scales.jsonl");
    Files.writeString(in, point("one", "[1, 0]") + "\n" + point("big", "[1e200, 0]") + "\n"
        + point("small", "[1e-200, 0]") + "\n");
    assertThat(run("lab", "yin2019", "eval", "--input", in.toString())).isEqualTo(0);
    var lines = out.toString().lines().map(this::json).toList();
    assertThat(lines).hasSize(3);
    for (var line : lines) {
      assertThat(line.get("theta").asDouble()).isEqualTo(lines.get(0).get("theta").asDouble());
      assertThat(line.get("loss").asDouble()).isEqualTo(lines.get(0).get("loss").asDouble());
    }
    double g = lines.get(0).get("gradW").get(1).asDouble();
    assertThat(lines.get(1).get("gradW").get(1).asDouble() * 1e200).isCloseTo(g, org.assertj.core.api.Assertions.within(1e-15));
    assertThat(lines.get(2).get("gradW").get(1).asDouble() * 1e-200).isCloseTo(g, org.assertj.core.api.Assertions.within(1e-15));
  }

  @Test
  void anOverflowingGradientIsOneErrorLineNamingLineAndIdAndNothingIsWritten() throws Exception {
    Path in = dir.resolve("overflow.jsonl");
    Files.writeString(in, point("fine", "[1, 0]") + "\n\n" + point("x", "[1e-320, 0]") + "\n");
    Path outFile = dir.resolve("out.jsonl");
    Files.writeString(outFile, "previous\n");
    assertThat(run("lab", "yin2019", "eval", "--input", in.toString(), "--output", outFile.toString())).isEqualTo(2);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("ste: " + in + " line 3 (id \"x\"): the gradient gradW[1] overflows double")
        .doesNotContain("Infinity", "NaN");
    assertThat(Files.readString(outFile)).isEqualTo("previous\n");

    assertThat(run("lab", "yin2019", "eval", "--input", in.toString())).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void trailingContentAndDuplicateKeysAreRefusedInPlainWords() throws Exception {
    String good = point("a", "[1, 0]");
    String[][] cases = {
        {good + " x", "line 1: unexpected content after the JSON object"},
        {good + good, "line 1: unexpected content after the JSON object"},
        {good.replace("\"m\": 2,", "\"m\": 2, \"m\": 2,"), "line 1: key \"m\" given twice"},
    };
    for (String[] c : cases) {
      Path in = dir.resolve("strict.jsonl");
      Files.writeString(in, c[0] + "\n");
      err.getBuffer().setLength(0);
      assertThat(run("lab", "yin2019", "eval", "--input", in.toString())).as(c[0]).isEqualTo(2);
      assertThat(err.toString().lines()).as(c[0]).singleElement().asString()
          .startsWith("ste: " + in + " ").contains(c[1]).doesNotContain("at [Source:", "com.fasterxml");
    }
  }

  @Test
  void aFolderOrANonUtf8FileIsNamed() throws Exception {
    assertThat(run("lab", "yin2019", "eval", "--input", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(dir + " is a folder, expected a JSON-lines file");
    Path in = dir.resolve("latin1.jsonl");
    Files.write(in, new byte[] {'{', '"', 'i', (byte) 0xE9, '"', '}', '\n'});
    assertThat(run("lab", "yin2019", "eval", "--input", in.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(in + " is not UTF-8 text (byte 0xE9 at offset 3)");
  }

  private com.fasterxml.jackson.databind.JsonNode json(String line) {
    try {
      return new ObjectMapper().readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}
