package dev.ste4j.cli.command.lab.jeong2025;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.RunFolders;
import dev.ste4j.cli.Ste;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class Jeong2025CommandTest {

  @TempDir
  Path out;

  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Ste.commandLine();
    cl.setOut(new PrintWriter(stdout));
    cl.setErr(new PrintWriter(stderr));
    return cl.execute(args);
  }

  private Path onlyRunFolder() throws IOException {
    return RunFolders.only(out);
  }

  @Test
  void phaseWritesTablesPlotsAndAReportAndPrintsTheExponent() throws IOException {
    int code = run("lab", "jeong2025", "phase", "--n", "8,16", "--sizes", "4,8,16,32,64,128", "--trials", "6",
        "--bootstrap", "50", "-T", "200", "--threads", "2", "--seed", "3", "--out", out.toString());
    assertThat(code).as(stderr.toString()).isZero();
    assertThat(stdout.toString()).contains("jeong2025 phase: 72 trials", "exponent, last iterate:", "k = ",
        "report: ", "config: n=[8, 16]; m=4; activation=step;", "STE=identity;", "v=fixed at v*;",
        "iterations T=200;", "init=zero;", "label noise std=0.0;", "input distribution=gaussian;",
        "normalization=none;");
    Path dir = onlyRunFolder();
    for (String f : List.of("phase-cells.csv", "phase-cells.json", "phase-thresholds.csv", "phase-exponent.csv",
        "phase-heatmap-last.png", "phase-heatmap-averaged.svg", "phase-threshold-fit.png", "phase-threshold-fit-900.png",
        "phase-threshold-fit-990.png", "phase-local-slopes.csv", "phase-work.csv",
        "report.html",
        "run.json")) {
      assertThat(dir.resolve(f)).as(f).exists();
    }
    JsonNode info = new ObjectMapper().readTree(dir.resolve("run.json").toFile());
    assertThat(info.get("status").asText()).isEqualTo("succeeded");
    JsonNode config = info.get("config");
    for (String key : List.of("activation", "STE", "v", "step size", "iterations T", "init", "label noise std",
        "input distribution", "normalization")) {
      assertThat(config.has(key)).as(key).isTrue();
    }
    assertThat(Files.readString(dir.resolve("phase-cells.csv"))).startsWith("n,N,trials,last_successes");
    assertThat(Files.readString(dir.resolve("phase-thresholds.csv"))).startsWith("n,iterate,level,N_star");
    assertThat(Files.readString(dir.resolve("phase-exponent.csv"))).startsWith("iterate,level,n_range,k");
    assertThat(Files.readString(dir.resolve("report.html"))).contains("Thresholds N*(n)",
        "Last iterate at 50%: k = ", "Averaged iterate at 99%: ", "upper half of n");
    assertThat(stdout.toString()).contains("at 90% recovery:", "upper half of n: ");
  }

  @Test
  void recurrenceAndNonGaussianRun() throws IOException {
    assertThat(run("lab", "jeong2025", "recurrence", "--n", "8", "--noise-levels", "0,0.2", "--sizes", "64",
        "--trials", "2", "-T", "100", "--out", out.resolve("r").toString())).as(stderr.toString()).isZero();
    assertThat(stdout.toString()).contains("s=0.000", "s=0.200", "stayed");
    assertThat(run("lab", "jeong2025", "nongaussian", "--n", "8", "--distributions", "uniform,exponential",
        "--sizes", "32", "--trials", "2", "-T", "100", "--out", out.resolve("g").toString()))
        .as(stderr.toString()).isZero();
    assertThat(stdout.toString()).contains("exponential", "standardized");
  }

  @Test
  void deviationWritesItsTablesExactlyAndBySearch() throws IOException {
    assertThat(run("lab", "jeong2025", "deviation", "--n", "4,5,9", "--sizes", "16,64,256", "--samples", "3",
        "--exact-up-to", "5", "--random-states", "20", "--bootstrap", "20", "--out", out.toString()))
        .as(stderr.toString()).isZero();
    assertThat(stdout.toString()).contains("N_ρ ∝ n^k", "report: ");
    Path dir = onlyRunFolder();
    String cells = Files.readString(dir.resolve("deviation-cells.csv"));
    assertThat(cells).startsWith("n,N,samples,median_rho").contains("4,16,3,").contains(",true,16")
        .contains(",false," + (1 + 9 + 36 + 20));
    assertThat(dir.resolve("deviation-needed.csv")).exists();
    assertThat(run("lab", "jeong2025", "deviation", "--exact-up-to", "30", "--out", out.toString())).isEqualTo(2);
    assertThat(stderr.toString()).contains("the largest n enumerated exactly must lie in 0..20, got 30");
  }

  @Test
  void badValuesExitWithTwoAndOneClearLine() {
    assertThat(run("lab", "jeong2025", "phase", "--n", "0,8", "--out", out.toString())).isEqualTo(2);
    assertThat(stderr.toString()).contains("dimension n must be at least 1, got 0");
    assertThat(run("lab", "jeong2025", "phase", "--noise", "-1", "--out", out.toString())).isEqualTo(2);
    assertThat(stderr.toString()).contains("label noise standard deviation must be finite and >= 0, got -1.0");
    assertThat(run("lab", "jeong2025", "phase", "--distribution", "cauchy", "--out", out.toString())).isEqualTo(2);
    assertThat(stderr.toString()).contains("unknown input distribution 'cauchy': expected one of gaussian");
    assertThat(run("lab", "jeong2025", "nongaussian", "--distributions", "laplace", "--out", out.toString()))
        .isEqualTo(2);
    assertThat(stderr.toString()).contains("unknown input distribution 'laplace'");
    assertThat(run("lab", "jeong2025", "recurrence", "--ste", "swish", "--out", out.toString())).isEqualTo(2);
    assertThat(stderr.toString()).contains("unknown straight-through estimator 'swish'");
    // nothing was started for a configuration that was rejected
    assertThat(out.toFile().list()).isEmpty();
  }

  @Test
  void reproduceHasTheSection() {
    assertThat(dev.ste4j.cli.reproduce.ReproduceSections.all(new dev.ste4j.nn.data.store.DataStore(out))).extracting(s -> s.name()).contains("jeong2025");
  }

  @Test
  void helpListsTheExperiments() {
    assertThat(run("lab", "jeong2025", "--help")).isZero();
    assertThat(stdout.toString()).contains("phase", "recurrence", "nongaussian");
  }
}
