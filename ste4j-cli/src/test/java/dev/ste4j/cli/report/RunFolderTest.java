package dev.ste4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

  @TempDir
  Path root;

  private RunFolder create(String command) throws IOException {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("lr", 0.1);
    config.put("steps", 100);
    return RunFolder.create(root, command, List.of("lab", "demo", "--seed", "5"), config, 5, FIXED);
  }

  private JsonNode runJson(RunFolder run) throws IOException {
    return new ObjectMapper().readTree(Files.readString(run.dir().resolve("run.json")));
  }

  @Test
  void createdRunRecordsEverythingAndSaysRunning() throws IOException {
    RunFolder run = create("lab demo");
    assertThat(run.dir().getFileName().toString()).isEqualTo("20260304-050607-lab-demo");
    JsonNode json = runJson(run);
    assertThat(json.get("status").asText()).isEqualTo("running");
    assertThat(json.get("command").asText()).isEqualTo("lab demo");
    assertThat(json.get("arguments").toString()).isEqualTo("[\"lab\",\"demo\",\"--seed\",\"5\"]");
    assertThat(json.get("config").get("lr").asDouble()).isEqualTo(0.1);
    assertThat(json.get("seed").asLong()).isEqualTo(5);
    assertThat(json.get("version").asText()).isNotBlank();
    assertThat(json.get("machine").get("kernels").asText()).isNotBlank();
    assertThat(json.get("machine").get("threads").asInt()).isPositive();
    assertThat(json.get("machine").get("jdk").asText()).isNotBlank();
    assertThat(json.get("started").asText()).isEqualTo("2026-03-04T05:06:07Z");
    assertThat(json.get("ended").isNull()).isTrue();
  }

  @Test
  void succeededRunWritesReportAndStatus() throws IOException {
    RunFolder run = create("demo");
    Table t = new Table("x", "y").row(1, 2.5);
    Path csv = run.writeTable("result", t);
    run.writeJson("summary", Map.of("best", 0.5));
    run.report().section("Result").table(t);
    Path report = run.succeed();
    assertThat(csv).hasFileName("result.csv").exists();
    assertThat(run.dir().resolve("result.json")).exists();
    assertThat(run.dir().resolve("summary.json")).content().contains("\"best\" : 0.5");
    assertThat(report).isEqualTo(run.dir().resolve("report.html"));
    assertThat(report).content().contains("<h2>Result", "succeeded");
    JsonNode json = runJson(run);
    assertThat(json.get("status").asText()).isEqualTo("succeeded");
    assertThat(json.get("error").isNull()).isTrue();
    assertThat(json.get("ended").asText()).isEqualTo("2026-03-04T05:06:07Z");
    assertThat(files(run)).containsExactlyInAnyOrder("run.json", "report.html", "result.csv", "result.json",
        "summary.json");
  }

  @Test
  void failedRunIsMarkedFailedWithItsMessageAndNoTemporaryFiles() throws IOException {
    RunFolder run = create("demo");
    run.writeTable("partial", new Table("a").row(1));
    // A writer that dies half-way must leave nothing behind.
    assertThatThrownBy(() -> AtomicFiles.write(run.dir().resolve("big.csv"), out -> {
      out.write(new byte[100]);
      throw new IOException("killed");
    })).hasMessage("killed");
    // A temporary file as a crashed process would leave it.
    Files.writeString(run.dir().resolve(".other.csv.77" + AtomicFiles.TEMP_SUFFIX), "half");
    run.fail(new IllegalStateException("diverged at step 7"));
    JsonNode json = runJson(run);
    assertThat(json.get("status").asText()).isEqualTo("failed");
    assertThat(json.get("error").asText())
        .isEqualTo("IllegalStateException: diverged at step 7 (details in errors.log)");
    assertThat(run.reportPath()).content().contains("This run failed", "diverged at step 7").doesNotContain("\tat ");
    assertThat(run.dir().resolve("errors.log")).content().contains("== ", " the run", "diverged at step 7",
        "\tat dev.ste4j.cli.report.RunFolderTest");
    assertThat(files(run)).containsExactlyInAnyOrder("run.json", "report.html", "partial.csv", "partial.json",
        "errors.log");
    assertThat(run.status()).isEqualTo("failed");
  }

  @Test
  void plotWritesPngAndSvgThatTheReportLinks() throws IOException {
    RunFolder run = create("demo");
    XyChart chart = Charts.line("t", "x", "y");
    Charts.add(chart, "s", new double[] {1, 2, 3}, new double[] {3, 1, 2});
    Path png = run.plot("curve", chart);
    run.writeText("notes.txt", "measured on a shared machine\n");
    run.report().section("Plot").image(png, "A curve");
    run.succeed();
    assertThat(png).isEqualTo(run.dir().resolve("curve.png"));
    assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    // The SVG the run writes keeps its text as text: the axis labels are <text> elements, not glyph outlines.
    assertThat(run.dir().resolve("curve.svg")).content().contains("<svg").containsPattern("<text[^>]*>x</text>")
        .containsPattern("<text[^>]*>y</text>");
    assertThat(run.dir().resolve("notes.txt")).content().isEqualTo("measured on a shared machine\n");
    assertThat(run.reportPath()).content().contains("<img src=\"curve.png\"", "href=\"curve.svg\"");
  }

  @Test
  void endedRunRefusesWritesAndIgnoresASecondEnd() throws IOException {
    RunFolder run = create("demo");
    run.succeed();
    assertThatThrownBy(() -> run.writeJson("late", 1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has ended");
    run.fail(new RuntimeException("after the fact"));
    assertThat(runJson(run).get("status").asText()).isEqualTo("succeeded");
  }

  @Test
  void sameSecondGetsNumericSuffix() throws IOException {
    RunFolder a = create("reproduce");
    RunFolder b = create("reproduce");
    RunFolder c = create("reproduce");
    assertThat(a.dir().getFileName().toString()).isEqualTo("20260304-050607-reproduce");
    assertThat(b.dir().getFileName().toString()).isEqualTo("20260304-050607-reproduce-2");
    assertThat(c.dir().getFileName().toString()).isEqualTo("20260304-050607-reproduce-3");
  }

  @Test
  void fileNamesMustBePlain() throws IOException {
    RunFolder run = create("demo");
    assertThatThrownBy(() -> run.writeJson("../escape", 1)).hasMessageContaining("bad file name '../escape'");
    assertThatThrownBy(() -> run.writeJson("a/b", 1)).hasMessageContaining("bad file name");
    assertThatThrownBy(() -> run.writeJson("", 1)).hasMessageContaining("bad file name");
  }

  @Test
  void commandWordsBecomeOneFolderWord() throws IOException {
    RunFolder run = create("lab yin2019 fig/3");
    assertThat(run.dir().getFileName().toString()).isEqualTo("20260304-050607-lab-yin2019-fig-3");
  }

  @Test
  void commandLineIsQuotedForTheShell() {
    assertThat(RunFolder.commandLine(List.of("lab", "x", "--name", "a b", "it's", "")))
        .isEqualTo("ste lab x --name 'a b' 'it'\\''s' ''");
  }

  @Test
  void rootThatIsAFileIsAClearError() throws IOException {
    Path file = Files.writeString(root.resolve("taken"), "x");
    assertThatThrownBy(() -> RunFolder.create(file, "demo", List.of(), Map.of(), 1, FIXED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("it is a file");
  }

  @Test
  void configurationJsonCannotHoldFailsBeforeAnyFolderExists() throws IOException {
    Map<String, Object> config = Map.of("self", new Object() {
      public Object getSelf() {
        return this;
      }
    });
    assertThatThrownBy(() -> RunFolder.create(root, "demo", List.of(), config, 1, FIXED))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot write");
    try (Stream<Path> s = Files.list(root)) {
      assertThat(s.count()).isZero();
    }
  }

  private static List<String> files(RunFolder run) throws IOException {
    try (Stream<Path> s = Files.list(run.dir())) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
