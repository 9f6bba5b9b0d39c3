package dev.ste4j.cli.command.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.InProcessCliTest;
import dev.ste4j.cli.SyntheticMnist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that read a dataset fetch it when it is missing, as a new user expects, and {@code --no-fetch} or
 * {@code STE4J_OFFLINE} forbid it. The tests fetch from a local data mirror (a synthetic MNIST), never the internet.
 */
class AutoFetchTest extends InProcessCliTest {

  @TempDir Path dir;
  private Path data;
  private Path runs;

  @BeforeEach
  void mirrorWithMnist() throws Exception {
    SyntheticMnist.write(dir.resolve("mirror/mnist"), 200, 100);
    data = dir.resolve("data");
    runs = dir.resolve("runs");
    System.setProperty("ste4j.data.mirror", dir.resolve("mirror").toString());
    System.setProperty("ste4j.offline", "false");
  }

  @AfterEach
  void restore() {
    System.clearProperty("ste4j.data.mirror");
    System.clearProperty("ste4j.offline");
  }

  private String[] train(String... extra) {
    String[] base = {"train", "--model", "mlp", "--data", "mnist", "--data-dir", data.toString(), "--epochs", "1",
        "--out", runs.toString()};
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  @Test
  void trainFetchesAMissingDatasetAndSaysWhereItCameFrom() {
    assertThat(run(train())).as(err.toString()).isZero();
    assertThat(err.toString()).contains("ste: mnist is not in " + data, "fetching it",
        "ste: mnist: fetched from data mirror " + dir.resolve("mirror") + " into " + data.resolve("mnist"));
    assertThat(data.resolve("mnist/train-images-idx3-ubyte")).exists();
    // The second run finds it and fetches nothing.
    err.getBuffer().setLength(0);
    assertThat(run(train())).as(err.toString()).isZero();
    assertThat(err.toString()).doesNotContain("fetch");
  }

  @Test
  void noFetchFailsOnOneLineAndWritesNothing() {
    assertThat(run(train("--no-fetch"))).isEqualTo(2);
    assertThat(err.toString().strip()).startsWith("ste: mnist is not in " + data)
        .contains("fetching is off", "ste data fetch mnist");
    assertThat(err.toString().strip().lines().count()).isEqualTo(1);
    assertThat(runs).doesNotExist();
    assertThat(data.resolve("mnist")).doesNotExist();
  }

  @Test
  void aPlainFileGivenAsTheDataFolderIsAUsageError() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    assertThat(run("train", "--model", "mlp", "--data", "mnist", "--data-dir", file.toString(), "--out",
        runs.toString())).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("ste: --data-dir " + file + " is a file, not a folder; give the "
        + "folder that holds the dataset files (or where they should go)");
    assertThat(file).content().isEqualTo("x");
    assertThat(runs).doesNotExist();
  }

  @Test
  void theOfflineSettingForbidsFetchingToo() {
    System.setProperty("ste4j.offline", "1");
    assertThat(run(train())).isEqualTo(2);
    assertThat(err.toString()).contains("fetching is off");
    assertThat(runs).doesNotExist();
  }

  @Test
  void reproduceWithoutItsDataFailsTheSectionOnOneLineWithTheTraceInErrorsLog() throws Exception {
    int code = run("reproduce", "--only", "shekhovtsov2021", "--no-fetch", "--data-dir", data.toString(),
        "--threads", "1", "--out", runs.toString());
    assertThat(code).isEqualTo(1);
    Path folder;
    try (Stream<Path> s = Files.list(runs)) {
      folder = s.findFirst().orElseThrow();
    }
    String failure = err.toString().lines().filter(l -> l.contains("FAILED")).findFirst().orElseThrow();
    assertThat(failure).contains("shekhovtsov2021: FAILED", "mnist is not in " + data, "fetching is off",
        "details in " + folder.resolve("errors.log")).doesNotContain("Exception:");
    assertThat(err.toString()).doesNotContain("\tat ");
    String html = Files.readString(folder.resolve("report.html"));
    assertThat(html).contains("fetching is off", "<a href=\"errors.log\">errors.log</a>")
        .doesNotContain("\tat ", "at dev.ste4j");
    assertThat(folder.resolve("errors.log")).content().contains("section shekhovtsov2021", "\tat dev.ste4j");
    // The estimator experiment ran before the data was needed, and its files are kept.
    try (Stream<Path> s = Files.list(folder)) {
      assertThat(s.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("shekhovtsov2021-estimators"));
    }
  }
}
