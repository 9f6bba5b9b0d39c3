package dev.ste4j.cli.command.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.InProcessCliTest;
import dev.ste4j.cli.RunFolders;
import dev.ste4j.tensor.random.Rng;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ste sweep} on the local engine, with a small train grid on digits-format data made here. */
class SweepCommandTest extends InProcessCliTest {

  @TempDir static Path tmp;
  static Path grid;

  @BeforeAll
  static void makeGrid() throws Exception {
    Rng rng = new Rng(8);
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < 560; r++) {
      int label = r % 10;
      for (int i = 0; i < 64; i++) {
        sb.append(Math.max(0, Math.min(16, (label * 7 + i * 3) % 17 + rng.nextInt(5) - 2))).append(',');
      }
      sb.append(label).append('\n');
    }
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(data.resolve("digits.csv.gz"), sb.toString());
    grid = tmp.resolve("grid.yaml");
    Files.writeString(grid, "train:\n  model: mlp\n  data: digits\n  data_dir: " + data + "\n  epochs: 1\n"
        + "  batch: 40\n  model_options: {input_shape: 1x8x8, width: 8}\naxes:\n  lr: [0.01, 0.002]\n"
        + "  model_options.width: [8, 12]\n  seed: [3]\n");
  }

  @Test
  void aTrainGridGivesTheSameResultsOnOneAndTwoThreadsAndAfterAResume() throws Exception {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    assertThat(run("sweep", grid.toString(), "--threads", "1", "--out", one.toString(), "--quiet"))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains("4 cells (4 run now) on local, 1 thread").contains("best test accuracy");
    assertThat(run("sweep", grid.toString(), "--threads", "2", "--out", two.toString(), "--quiet"))
        .as(err.toString()).isZero();
    Path a = RunFolders.only(one);
    Path b = RunFolders.only(two);
    for (String f : List.of("results.csv", "results.json")) {
      assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
    List<String> rows = Files.readAllLines(a.resolve("results.csv"));
    assertThat(rows.get(0)).isEqualTo("lr,model_options.width,seed,status,train_loss,train_accuracy,test_loss,"
        + "test_accuracy,steps");
    assertThat(rows).hasSize(5);
    assertThat(rows.get(2)).startsWith("0.01,12,3,ok,");
    assertThat(Files.readAllLines(a.resolve("timings.csv"))).hasSize(5).first().isEqualTo("cell,seconds");
    assertThat(a.resolve("report.html")).content().contains("Sweep train grid grid.yaml");

    // A resume runs only the cell whose file is gone, and the results are again the same bytes.
    Files.delete(b.resolve("cells/cell-0000002.csv"));
    out.getBuffer().setLength(0);
    assertThat(run("sweep", grid.toString(), "--resume", b.toString(), "--quiet")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("4 cells (1 run now)");
    assertThat(Files.readAllBytes(b.resolve("results.csv"))).isEqualTo(Files.readAllBytes(a.resolve("results.csv")));
  }

  @Test
  void sparkWithoutTheSparkModuleIsOneLineAndExitTwoAndWritesNothing() {
    Path none = tmp.resolve("nospark");
    assertThat(run("sweep", "jeong2025-phase", "--engine", "spark", "--master", "local[2]", "--out",
        none.toString())).isEqualTo(2);
    assertThat(err.toString().strip()).startsWith("ste: --engine spark: engine spark is not on the class path")
        .contains("ste4j-spark").doesNotContain("\n").doesNotContain("Exception");
    assertThat(none).doesNotExist();
  }

  @Test
  void badGridsAreOneLineUsageErrors() throws Exception {
    assertThat(run("sweep", "nosuch-grid")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown grid 'nosuch-grid'; known: jeong2025-phase");
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "train:\n  model: mlp\n  data: digits\naxes:\n  learning_rate: [0.1]\n");
    err.getBuffer().setLength(0);
    assertThat(run("sweep", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("axis 'learning_rate' is not a ste train config key");
    Files.writeString(bad, "train:\n  model: mlp\n  data: digits\n  epochz: 2\naxes:\n  lr: [0.1]\n");
    err.getBuffer().setLength(0);
    assertThat(run("sweep", bad.toString(), "--out", tmp.resolve("bad").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cell 0").contains("epochz");
    assertThat(tmp.resolve("bad")).doesNotExist();
    err.getBuffer().setLength(0);
    assertThat(run("sweep", "jeong2025-phase", "--master", "local[2]")).isEqualTo(2);
    assertThat(err.toString()).contains("--master is for a cluster engine");
  }

  @Test
  void aResumeWithAnotherGridIsRefusedBeforeTouchingTheFolder() throws Exception {
    Path root = tmp.resolve("other");
    assertThat(run("sweep", grid.toString(), "--threads", "2", "--out", root.toString(), "--quiet"))
        .as(err.toString()).isZero();
    Path dir = RunFolders.only(root);
    byte[] before = Files.readAllBytes(dir.resolve("run.json"));
    assertThat(run("sweep", "jeong2025-phase", "--resume", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("that folder holds another sweep");
    assertThat(Files.readAllBytes(dir.resolve("run.json"))).isEqualTo(before);
  }

  @Test
  void helpListsTheNamedGrids() {
    assertThat(run("sweep", "--help")).isZero();
    assertThat(out.toString()).contains("jeong2025-phase: the recovery phase diagram").contains("3360 cells quick")
        .contains("jeong2025-recurrence: recurrence under label noise").contains("128 cells quick")
        .contains("--engine").contains("--resume");
  }

  @Test
  void theRecurrenceGridRunsAsASweepAndResumesToTheSameTables() throws Exception {
    Path dir = tmp.resolve("recurrence");
    assertThat(run("sweep", "jeong2025-recurrence", "--quick", "--threads", "2", "--out", dir.toString(), "--quiet"))
        .as(err.toString()).isZero();
    Path first = RunFolders.only(dir);
    assertThat(first.resolve("recurrence-cells.csv")).exists();
    assertThat(first.resolve("recurrence-traces.csv")).exists();
    String cells = Files.readString(first.resolve("recurrence-cells.csv"));
    String traces = Files.readString(first.resolve("recurrence-traces.csv"));
    // a resume finds every cell done: the tables come from the stored rows, the traces from trial 0 run again
    assertThat(run("sweep", "jeong2025-recurrence", "--resume", first.toString(), "--quiet")).as(err.toString())
        .isZero();
    assertThat(Files.readString(first.resolve("recurrence-cells.csv"))).isEqualTo(cells);
    assertThat(Files.readString(first.resolve("recurrence-traces.csv"))).isEqualTo(traces);
  }
}
