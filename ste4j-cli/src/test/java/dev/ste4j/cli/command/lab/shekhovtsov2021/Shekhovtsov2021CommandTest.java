package dev.ste4j.cli.command.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.InProcessCliTest;
import dev.ste4j.cli.SyntheticMnist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Shekhovtsov2021CommandTest extends InProcessCliTest {

  @TempDir
  Path dir;

  static final String LINE = "{\"id\": \"n1\", \"x\": [0.5, -1], \"layers\": [{\"W\": [[1, 2], [3, 4]], \"b\": [0, 0]},"
      + " {\"W\": [[1, -1], [0.5, 2]], \"b\": [0.1, 0]}], \"noise\": \"logistic\", \"label\": 1}";

  @Test
  void exactWritesOneResultLinePerInputLine() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), LINE + "\n" + LINE.replace("\"n1\"", "2")
        .replace("logistic", "uniform") + "\n");
    Path result = dir.resolve("out.jsonl");
    assertThat(run("lab", "shekhovtsov2021", "exact", "--input", in.toString(), "--out", result.toString()))
        .as(err.toString()).isZero();
    String[] lines = Files.readString(result).split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertThat(first.get("id").asText()).isEqualTo("n1");
    assertThat(first.get("grad")).hasSize(2);
    assertThat(first.get("stExpectation").get(1).get("W")).hasSize(2);
    assertThat(first.get("expectedLoss").asDouble()).isPositive();
    assertThat(new ObjectMapper().readTree(lines[1]).get("id").asInt()).isEqualTo(2);
  }

  @Test
  void exactToStandardOutput() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), LINE + "\n");
    assertThat(run("lab", "shekhovtsov2021", "exact", "--input", in.toString())).isZero();
    assertThat(out.toString()).startsWith("{\"id\":\"n1\",\"expectedLoss\":");
  }

  @Test
  void aMalformedLineExitsWithCode2NamingTheLineAndWritesNothing() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), LINE + "\n" + LINE + "\n{\"id\": 3, \"x\": [1,\n");
    Path result = dir.resolve("out.jsonl");
    assertThat(run("lab", "shekhovtsov2021", "exact", "--input", in.toString(), "--out", result.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("in.jsonl: line 3: malformed JSON");
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(result).doesNotExist();
  }

  @Test
  void aWrongShapeExitsWithCode2NamingTheKey() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), LINE.replace("\"b\": [0, 0]", "\"b\": [0]") + "\n");
    assertThat(run("lab", "shekhovtsov2021", "exact", "--input", in.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("line 1: layers[0].b has 1 values, expected 2");
  }

  @Test
  void aMissingInputFileExitsWithCode2() {
    assertThat(run("lab", "shekhovtsov2021", "exact", "--input", dir.resolve("nope.jsonl").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("cannot read --input").contains("nope.jsonl");
  }

  @Test
  void estimatorsWritesARunFolderWithReport() throws IOException {
    assertThat(run("lab", "shekhovtsov2021", "estimators", "--out", dir.toString(), "--widths", "3,3,2,2",
        "--examples", "2", "--snapshots", "0,5", "--samples", "1,2", "--trials", "4", "--relaxed-samples", "20"))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains("relative bias / cosine").contains(" st ").contains("report: ");
    try (Stream<Path> runs = Files.list(dir)) {
      Path run = runs.findFirst().orElseThrow();
      assertThat(run.resolve("report.html")).exists();
      assertThat(run.resolve("estimators.csv")).exists();
      assertThat(run.resolve("estimators-rmse.png")).exists();
      assertThat(Files.readString(run.resolve("run.json"))).contains("\"succeeded\"");
    }
  }

  @Test
  void estimatorsCanBeChosenByName() {
    assertThat(run("lab", "shekhovtsov2021", "estimators", "--out", dir.toString(), "--widths", "3,2,2",
        "--examples", "2", "--snapshots", "0", "--samples", "1", "--trials", "2", "--estimators",
        "reinforce_no_baseline,concrete:2")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("reinforce_no_baseline").contains("concrete:2.0").doesNotContain(" st ");
    assertThat(run("lab", "shekhovtsov2021", "estimators", "--out", dir.toString(), "--estimators", "magic"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("unknown estimator \"magic\"");
  }

  @Test
  void unknownNoiseIsAUsageErrorWithTheKnownNames() {
    assertThat(run("lab", "shekhovtsov2021", "estimators", "--out", dir.toString(), "--noise", "gauss"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("unknown noise \"gauss\"").contains("logistic");
  }

  @Test
  void latentWithoutTheDataSetSaysHowToFetchIt() {
    assertThat(run("lab", "shekhovtsov2021", "latent", "--data-dir", dir.toString(), "--out",
        dir.resolve("runs").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("ste data fetch mnist");
  }

  @Test
  void latentRunsOnASmallIdxFolder() throws IOException {
    SyntheticMnist.write(dir.resolve("data/mnist"), 60, 20);
    assertThat(run("lab", "shekhovtsov2021", "latent", "--data-dir", dir.resolve("data").toString(), "--out",
        dir.resolve("runs").toString(), "--epochs", "2", "--hidden", "8", "--batch", "20", "--ensemble", "2"))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains("final test accuracy").contains("mirror").contains("projected")
        .contains("reduced run: 60 training / 20 test images, 2 epochs");
  }

  @Test
  void enumerationTimesTheSizesAsked() {
    assertThat(run("lab", "shekhovtsov2021", "enumeration", "--out", dir.toString(), "--sizes", "4,6",
        "--st-max", "4")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("2^6 = 64 states").contains("ST expectation over 2^4");
    assertThat(run("lab", "shekhovtsov2021", "enumeration", "--out", dir.toString(), "--sizes", "40"))
        .isEqualTo(2);
  }

  @Test
  void exactAcceptsBernoulliWeightLayersAndAnswersWithEta() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), LINE.replace("\"W\"", "\"eta\"")
        .replace("\"label\": 1}", "\"label\": 1, \"weightNoise\": \"uniform\", \"weightScale\": 4}") + "\n");
    assertThat(run("lab", "shekhovtsov2021", "exact", "--input", in.toString())).as(err.toString()).isZero();
    JsonNode o = new ObjectMapper().readTree(out.toString());
    assertThat(o.get("grad").get(0).has("eta")).isTrue();
    assertThat(o.get("stExpectation").get(1).get("eta")).hasSize(2);
    assertThat(o.get("grad").get(0).has("W")).isFalse();
  }

  @Test
  void estimatorsRunWithBernoulliWeightsAndTheNewEstimators() {
    assertThat(run("lab", "shekhovtsov2021", "estimators", "--bernoulli-weights", "--widths", "2,2,2",
        "--examples", "2", "--snapshots", "0", "--samples", "1", "--trials", "2", "--relaxed-samples", "4",
        "--estimators", "st,arm,ste_tanh,ste_approxsign", "--out", dir.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("arm").contains("ste_approxsign");
    assertThat(run("lab", "shekhovtsov2021", "estimators", "--bernoulli-weights", "--widths", "4,4,3",
        "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("binary variables (hidden units and Bernoulli weights)");
  }

  @Test
  void studyRefusesAnUnknownScaleOrDataSet() {
    assertThat(run("lab", "shekhovtsov2021", "study", "--scale", "huge", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--scale must be quick or full");
    assertThat(run("lab", "shekhovtsov2021", "study", "--data", "cifar10", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("unknown data set \"cifar10\"");
  }
}
