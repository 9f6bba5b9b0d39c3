package dev.ste4j.cli.command.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.InProcessCliTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Yin2019EvalCommandTest extends InProcessCliTest {

  private static final String LINE = "{\"id\": \"a\", \"m\": 2, \"n\": 3, \"v\": [1, -0.5], \"w\": [0.3, 0.2, -1],"
      + " \"vStar\": [0.7, 1.2], \"wStar\": [0, 1, 0], \"samples\": [[[1, 2, 3], [0.1, -0.2, 0.3]]]}";

  @TempDir Path dir;

  @Test
  void evaluatesEveryLineToStandardOutputOrAFile() throws Exception {
    Path in = dir.resolve("points.jsonl");
    Files.writeString(in, LINE + "\n" + LINE.replace("\"a\"", "\"b\"").replace(", \"samples\": [[[1, 2, 3], [0.1, -0.2, 0.3]]]", "") + "\n");
    assertThat(run("lab", "yin2019", "eval", "--input", in.toString())).isEqualTo(0);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode first = mapper.readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("a");
    assertThat(first.get("coarseGrad").get("clippedRelu")).hasSize(3);
    assertThat(first.get("empirical").get("gradV")).hasSize(2);
    assertThat(mapper.readTree(lines.get(1)).has("empirical")).isFalse();

    Path outFile = dir.resolve("out.jsonl");
    assertThat(run("lab", "yin2019", "eval", "--input", in.toString(), "--out", outFile.toString())).isEqualTo(0);
    assertThat(Files.readAllLines(outFile)).isEqualTo(lines);
  }

  @Test
  void badInputExitsWithCodeTwoNamingTheFileAndLineAndKeepsTheOldOutput() throws Exception {
    Path in = dir.resolve("bad.jsonl");
    Files.writeString(in, LINE + "\n" + LINE.replace("\"v\": [1, -0.5]", "\"v\": [1]") + "\n");
    Path outFile = dir.resolve("out.jsonl");
    Files.writeString(outFile, "previous\n");
    assertThat(run("lab", "yin2019", "eval", "--input", in.toString(), "--out", outFile.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("bad.jsonl line 2: 'v' has length 1 but m = 2");
    assertThat(Files.readString(outFile)).isEqualTo("previous\n");

    Files.writeString(in, "{not json\n");
    assertThat(run("lab", "yin2019", "eval", "--input", in.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("line 1: malformed JSON");

    assertThat(run("lab", "yin2019", "eval", "--input", dir.resolve("missing.jsonl").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("input file not found");
  }
}
