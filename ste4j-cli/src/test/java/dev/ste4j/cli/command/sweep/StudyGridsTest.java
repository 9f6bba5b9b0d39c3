package dev.ste4j.cli.command.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.InProcessCliTest;
import dev.ste4j.cli.RunFolders;
import dev.ste4j.cli.SyntheticMnist;
import dev.ste4j.lab.sweep.Sweep;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study grids of {@code ste sweep} give the files of the lab command they come from (timings aside), and the same
 * results bytes after a resume that runs some cells again on one thread.
 */
class StudyGridsTest extends InProcessCliTest {

  @TempDir Path tmp;

  private Path ran(Path out, String... args) throws Exception {
    String[] all = Stream.concat(Stream.of(args), Stream.of("--out", out.toString())).toArray(String[]::new);
    assertThat(run(all)).as(err.toString()).isZero();
    return RunFolders.only(out);
  }

  static void assertSame(Path a, Path b, String... files) throws Exception {
    for (String f : files) {
      assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
  }

  /** Deletes some cells' files and results.csv, resumes, and checks that only those ran again. */
  void resumeAfterDeleting(Path dir, List<String> grid, int total, int... cells) throws Exception {
    for (int cell : cells) {
      Files.delete(dir.resolve(String.format("cells/cell-%07d.csv", cell)));
    }
    Files.delete(dir.resolve("results.csv"));
    out.getBuffer().setLength(0);
    String[] args = Stream.concat(Stream.concat(Stream.of("sweep"), grid.stream()),
        Stream.of("--threads", "1", "--resume", dir.toString(), "--quiet", "--seed", "3")).toArray(String[]::new);
    assertThat(run(args)).as(err.toString()).isZero();
    assertThat(out.toString()).contains(total + " cells (" + cells.length + " run now)");
  }

  @Test
  void estimatorGridIsTheLabCommandCellByCell() throws Exception {
    Path lab = ran(tmp.resolve("lab"), "lab", "shekhovtsov2021", "estimators", "--seed", "3");
    Path two = ran(tmp.resolve("two"), "sweep", "shekhovtsov2021-estimators", "--quick", "--seed", "3",
        "--threads", "2", "--quiet");
    assertThat(out.toString()).contains("27 cells (27 run now) on local, 2 threads");
    assertSame(lab, two, "estimators.csv", "estimators.json");
    assertThat(Files.readAllLines(two.resolve("results.csv"))).hasSize(27 + 1);
    assertThat(Files.readAllLines(two.resolve("timings.csv"))).hasSize(27 + 1);
    // Three cells again on one thread: the same bytes.
    Path before = copyResults(two);
    resumeAfterDeleting(two, List.of("shekhovtsov2021-estimators"), 27, 0, 13, 26);
    assertSame(before, two, "results.csv", "results.json");
    assertSame(lab, two, "estimators.csv");
  }

  /** A copy of a run's results.csv and results.json, to compare with after a resume. */
  private Path copyResults(Path run) throws Exception {
    Path copy = Files.createTempDirectory(tmp, "before");
    for (String f : List.of("results.csv", "results.json")) {
      Files.copy(run.resolve(f), copy.resolve(f));
    }
    return copy;
  }

  /**
   * As on a Spark executor: a serialized copy of the grid's sweep, never prepared, reads the dataset from the data
   * folder itself and gives cell {@code cell} the row stored in {@code run}'s results.csv.
   */
  private static void assertACopyReadsItsDataAndGivesTheRow(String name, Path data, Path run, int cell)
      throws Exception {
    @SuppressWarnings("unchecked")
    SweepGrid<Serializable, Serializable> g = (SweepGrid<Serializable, Serializable>) NamedGrids.resolve(name,
        new NamedGrids.Choice(false, 3, data, true));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
      o.writeObject(g.sweep());
    }
    Sweep<Serializable, Serializable> copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      @SuppressWarnings("unchecked")
      Sweep<Serializable, Serializable> read = (Sweep<Serializable, Serializable>) in.readObject();
      copy = read;
    }
    Serializable c = copy.cells().get(cell);
    assertThat(Csv.line(g.row(c, copy.run(c)))).isEqualTo(Files.readAllLines(run.resolve("results.csv")).get(cell + 1));
  }

  /** A CSV's lines without their last column (the wall seconds, a timing). */
  private static List<String> withoutSeconds(Path csv) throws Exception {
    return Files.readAllLines(csv).stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
  }

  @Test
  void table1GridIsTheLabCommandPerSeed() throws Exception {
    SyntheticMnist.write(tmp.resolve("data/mnist"), 64, 20);
    String data = tmp.resolve("data").toString();
    Path lab = ran(tmp.resolve("lab"), "lab", "yin2019", "table1", "--data-dir", data, "--seed", "4", "--epochs",
        "2", "--pretrain-epochs", "2", "--pretrain-lr", "0.1", "--train-limit", "5000", "--test-limit", "2000");
    Path two = ran(tmp.resolve("two"), "sweep", "yin2019-table1", "--quick", "--data-dir", data, "--seed", "3",
        "--threads", "2", "--quiet");
    assertThat(out.toString()).contains("14 cells (14 run now) on local, 2 threads").contains("seed 4: table1 lenet5");
    // The grid's seeds are 3 and 4: seed 4's table is the lab command's.
    assertThat(withoutSeconds(two.resolve("seed4-table1.csv"))).isEqualTo(withoutSeconds(lab.resolve("table1.csv")));
    assertThat(withoutSeconds(two.resolve("seed4-table1-curves.csv")))
        .isEqualTo(withoutSeconds(lab.resolve("table1-curves.csv")));
    assertThat(Files.readAllLines(two.resolve("results.csv"))).hasSize(14 + 1);
    assertThat(Files.readString(two.resolve("results.csv"))).contains("\n3,float,none,NaN,2,");
    Path before = copyResults(two);
    byte[] seeds = Files.readAllBytes(two.resolve("table1-seeds.csv"));
    resumeAfterDeleting(two, List.of("yin2019-table1", "--data-dir", data), 14, 0, 6, 13);
    assertSame(before, two, "results.csv", "results.json");
    assertThat(Files.readAllBytes(two.resolve("table1-seeds.csv"))).isEqualTo(seeds);
    assertACopyReadsItsDataAndGivesTheRow("yin2019-table1", Path.of(data), two, 13);
  }

  @Test
  void aMissingMnistIsOneLineAndWritesNothing() throws Exception {
    Path runs = tmp.resolve("runs");
    assertThat(run("sweep", "yin2019-table1", "--data-dir", tmp.resolve("empty").toString(), "--no-fetch", "--out",
        runs.toString())).isEqualTo(2);
    assertThat(err.toString().strip().lines().count()).as(err.toString()).isEqualTo(1);
    assertThat(err.toString()).contains("mnist");
    assertThat(runs).doesNotExist();
  }

  @Test
  void latentStudyGridIsTheLabCommand() throws Exception {
    // Quick scale holds out 1000 training images for the validation sweep: 1100 leave 100 to fit on.
    SyntheticMnist.write(tmp.resolve("data/mnist"), 1100, 100);
    String data = tmp.resolve("data").toString();
    Path lab = ran(tmp.resolve("lab"), "lab", "shekhovtsov2021", "study", "--data", "mnist", "--data-dir", data,
        "--seed", "3");
    Path two = ran(tmp.resolve("two"), "sweep", "shekhovtsov2021-study-mnist", "--data-dir", data, "--seed", "3",
        "--threads", "2", "--quiet");
    assertThat(out.toString()).contains("18 cells (18 run now) on local, 2 threads");
    for (String f : List.of("study-mnist-sweep.csv", "study-mnist-curves.csv")) {
      assertThat(withoutSeconds(two.resolve(f))).as(f).isEqualTo(withoutSeconds(lab.resolve(f)));
    }
    Path before = copyResults(two);
    resumeAfterDeleting(two, List.of("shekhovtsov2021-study-mnist", "--data-dir", data), 18, 4, 17);
    assertACopyReadsItsDataAndGivesTheRow("shekhovtsov2021-study-mnist", Path.of(data), two, 0);
    assertSame(before, two, "results.csv", "results.json");
    assertThat(withoutSeconds(two.resolve("study-mnist-curves.csv")))
        .isEqualTo(withoutSeconds(lab.resolve("study-mnist-curves.csv")));
  }

  @Test
  void latentGridIsTheLabCommand() throws Exception {
    SyntheticMnist.write(tmp.resolve("data/mnist"), 300, 100);
    String data = tmp.resolve("data").toString();
    Path lab = ran(tmp.resolve("lab"), "lab", "shekhovtsov2021", "latent", "--data", "mnist", "--data-dir", data,
        "--seed", "3");
    Path two = ran(tmp.resolve("two"), "sweep", "shekhovtsov2021-latent-mnist", "--data-dir", data, "--seed", "3",
        "--threads", "2", "--quiet");
    assertThat(out.toString()).contains("3 cells (3 run now) on local, 2 threads");
    assertThat(withoutSeconds(two.resolve("latent.csv"))).isEqualTo(withoutSeconds(lab.resolve("latent.csv")));
    Path before = copyResults(two);
    resumeAfterDeleting(two, List.of("shekhovtsov2021-latent-mnist", "--data-dir", data), 3, 1);
    assertSame(before, two, "results.csv", "results.json");
    assertACopyReadsItsDataAndGivesTheRow("shekhovtsov2021-latent-mnist", Path.of(data), two, 2);
  }
}
