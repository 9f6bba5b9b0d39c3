package dev.ste4j.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.RunFolders;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.nn.data.store.DataStore;
import dev.ste4j.tensor.kernel.Parallel;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproduceCommandTest {

  @TempDir
  Path out;

  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();
  private final List<String> ran = new ArrayList<>();

  /** A section that writes a table, or throws when told to. */
  private final class FakeSection extends TestSection {
    private final boolean fails;
    Scale scale;

    FakeSection(String name, boolean fails) {
      super(name);
      this.fails = fails;
    }

    @Override
    public void run(Scale scale, RunFolder run, Report.Section section) throws Exception {
      this.scale = scale;
      ran.add(name());
      if (fails) {
        throw new IllegalStateException("section " + name() + " broke");
      }
      run.writeTable(name() + "-result", new Table("seed").row(run.seed()));
      section.paragraph("output of " + name());
    }
  }

  private int execute(List<ReproduceSection> sections, String... args) {
    return TestSection.execute(sections, stdout, stderr, args);
  }

  private Path onlyRunFolder() throws IOException {
    return RunFolders.only(out);
  }

  @Test
  void unknownOnlyNameExitsTwoListingTheValidNamesAndWritesNothing() throws IOException {
    int code = execute(List.of(new FakeSection("alpha", false), new FakeSection("beta", false)),
        "reproduce", "--only", "alpha,gamma", "--out", out.toString());
    assertThat(code).isEqualTo(2);
    assertThat(stderr.toString()).contains("unknown section gamma", "valid sections: alpha, beta");
    assertThat(ran).isEmpty();
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.count()).isZero();
    }
  }

  @Test
  void failingSectionIsReportedAndTheOthersStillRun() throws IOException {
    FakeSection first = new FakeSection("alpha", false);
    int code = execute(List.of(first, new FakeSection("broken", true), new FakeSection("gamma", false)),
        "reproduce", "--out", out.toString(), "--seed", "9");
    assertThat(code).isEqualTo(1);
    assertThat(ran).containsExactly("alpha", "broken", "gamma");
    assertThat(first.scale).isEqualTo(Scale.QUICK);
    Path dir = onlyRunFolder();
    assertThat(dir.getFileName().toString()).endsWith("-reproduce");
    assertThat(dir.resolve("alpha-result.csv")).content().isEqualTo("seed\r\n9\r\n");
    assertThat(dir.resolve("gamma-result.csv")).exists();
    JsonNode json = new ObjectMapper().readTree(Files.readString(dir.resolve("run.json")));
    assertThat(json.get("status").asText()).isEqualTo("failed");
    assertThat(json.get("error").asText()).isEqualTo("1 of 3 sections failed: broken");
    assertThat(json.get("seed").asLong()).isEqualTo(9);
    assertThat(json.get("arguments").toString()).contains("\"--seed\",\"9\"");
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("Section alpha", "output of alpha", "Section gamma", "output of gamma",
        "IllegalStateException: section broken broke", "badge failed", "<a href=\"errors.log\">errors.log</a>");
    // One line on the page and in the terminal; the stack trace goes to errors.log only.
    assertThat(html).doesNotContain("at dev.ste4j", "FakeSection.run");
    assertThat(stderr.toString()).doesNotContain("at dev.ste4j")
        .contains("details in " + dir.resolve("errors.log"));
    assertThat(dir.resolve("errors.log")).content().contains("section broken", "section broken broke",
        "at dev.ste4j.cli.reproduce.ReproduceCommandTest$FakeSection.run");
    assertThat(html.indexOf("<h2>Section alpha")).isPositive()
        .isLessThan(html.indexOf("<h2>Section broken"));
    assertThat(html.indexOf("<h2>Section broken")).isLessThan(html.indexOf("<h2>Section gamma"));
    assertThat(stdout.toString().trim()).endsWith(dir.resolve("report.html").toString());
    assertThat(stderr.toString()).contains("broken: FAILED");
  }

  @Test
  void allSectionsSucceedOnlyAndFullAreHonored() throws IOException {
    FakeSection a = new FakeSection("alpha", false);
    FakeSection b = new FakeSection("beta", false);
    int code = execute(List.of(a, b), "reproduce", "--full", "--only", "beta", "--out", out.toString());
    assertThat(code).isZero();
    assertThat(ran).containsExactly("beta");
    assertThat(b.scale).isEqualTo(Scale.FULL);
    Path dir = onlyRunFolder();
    JsonNode json = new ObjectMapper().readTree(Files.readString(dir.resolve("run.json")));
    assertThat(json.get("status").asText()).isEqualTo("succeeded");
    assertThat(json.get("config").get("scale").asText()).isEqualTo("full");
    assertThat(json.get("config").get("sections").toString()).isEqualTo("[\"beta\"]");
    assertThat(stdout.toString().trim()).endsWith("report.html");
  }

  @Test
  void impossibleOptionsExitTwo() {
    List<ReproduceSection> sections = List.of(new FakeSection("alpha", false));
    assertThat(execute(sections, "reproduce", "--quick", "--full", "--out", out.toString())).isEqualTo(2);
    assertThat(execute(sections, "reproduce", "--threads", "0", "--out", out.toString())).isEqualTo(2);
    assertThat(stderr.toString()).contains("--threads must be at least 1, got 0");
    assertThat(ran).isEmpty();
  }

  @Test
  void threadsOptionAppliesDuringTheRunAndIsRestored() throws IOException {
    int before = Parallel.threads();
    List<Integer> seen = new ArrayList<>();
    ReproduceSection probe = new ReproduceSection() {
      @Override
      public String name() {
        return "probe";
      }

      @Override
      public String title() {
        return "Probe";
      }

      @Override
      public void run(Scale scale, RunFolder run, Report.Section section) {
        seen.add(Parallel.threads());
      }
    };
    int wanted = before == 3 ? 2 : 3;
    assertThat(execute(List.of(probe), "reproduce", "--threads", Integer.toString(wanted), "--out", out.toString()))
        .isZero();
    assertThat(seen).containsExactly(wanted);
    assertThat(Parallel.threads()).isEqualTo(before);
  }

  @Test
  void builtInEnvironmentSectionMeasuresTheKernels() throws IOException {
    int code = execute(ReproduceSections.all(new DataStore(out.resolve("data"))), "reproduce", "--only", "environment",
        "--threads", "1", "--out", out.toString());
    assertThat(code).as(stderr.toString()).isZero();
    Path dir = onlyRunFolder();
    JsonNode kernels = new ObjectMapper().readTree(Files.readString(dir.resolve("environment-kernels.json")));
    JsonNode gemm = kernels.get("rows").get(0);
    assertThat(gemm.get("operation").asText()).isEqualTo("gemm");
    assertThat(gemm.get("gflops").asDouble()).isPositive();
    // The kernel must also be right: float32 rounding only.
    assertThat(gemm.get("max_rel_error").asDouble()).isLessThan(1e-5);
    assertThat(dir.resolve("report.html")).content().contains("Environment and kernel speed", "kernels");
  }
}
