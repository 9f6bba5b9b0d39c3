package dev.ste4j.cli.command.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.InProcessCliTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study grids of {@code ste sweep} give the files of the lab command they come from, byte for byte, on one and
 * two threads and after a resume.
 */
class StudyGridsTest extends InProcessCliTest {

  @TempDir Path tmp;

  private static Path onlyRun(Path root) throws Exception {
    try (Stream<Path> s = Files.list(root)) {
      List<Path> runs = s.filter(Files::isDirectory).toList();
      assertThat(runs).hasSize(1);
      return runs.get(0);
    }
  }

  private Path ran(Path out, String... args) throws Exception {
    String[] all = Stream.concat(Stream.of(args), Stream.of("--out", out.toString())).toArray(String[]::new);
    assertThat(run(all)).as(err.toString()).isZero();
    return onlyRun(out);
  }

  static void assertSame(Path a, Path b, String... files) throws Exception {
    for (String f : files) {
      assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
  }

  /** Deletes some cells' files and results.csv, resumes, and checks that only those ran again. */
  void resumeAfterDeleting(Path dir, String grid, int total, int... cells) throws Exception {
    for (int cell : cells) {
      Files.delete(dir.resolve(String.format("cells/cell-%07d.csv", cell)));
    }
    Files.delete(dir.resolve("results.csv"));
    out.getBuffer().setLength(0);
    assertThat(run("sweep", grid, "--threads", "1", "--resume", dir.toString(), "--quiet", "--seed", "3"))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains(total + " cells (" + cells.length + " run now)");
  }

  @Test
  void estimatorGridIsTheLabCommandCellByCell() throws Exception {
    Path lab = ran(tmp.resolve("lab"), "lab", "shekhovtsov2021", "estimators", "--seed", "3");
    Path one = ran(tmp.resolve("one"), "sweep", "shekhovtsov2021-estimators", "--quick", "--seed", "3",
        "--threads", "1", "--quiet");
    Path two = ran(tmp.resolve("two"), "sweep", "shekhovtsov2021-estimators", "--seed", "3", "--threads", "2",
        "--quiet");
    assertThat(out.toString()).contains("27 cells (27 run now) on local, 2 threads");
    assertSame(lab, one, "estimators.csv", "estimators.json");
    assertSame(one, two, "results.csv", "results.json", "estimators.csv");
    assertThat(Files.readAllLines(two.resolve("results.csv"))).hasSize(27 + 1);
    assertThat(Files.readAllLines(two.resolve("timings.csv"))).hasSize(27 + 1);
    resumeAfterDeleting(two, "shekhovtsov2021-estimators", 27, 0, 13, 26);
    assertSame(one, two, "results.csv", "results.json", "estimators.csv");
  }
}
