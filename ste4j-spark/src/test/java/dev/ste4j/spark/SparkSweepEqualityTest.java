package dev.ste4j.spark;

import dev.ste4j.nn.SyntheticDigits;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of ste sweep: the same grid gives the same results files, byte for byte, on the local engine and on
 * Spark local[2], and after a resume that runs only the cells removed from a finished run.
 */
class SparkSweepEqualityTest {

  @TempDir Path tmp;

  private static Path onlyRun(Path root) throws Exception {
    try (Stream<Path> s = Files.list(root)) {
      List<Path> runs = s.filter(Files::isDirectory).toList();
      assertThat(runs).hasSize(1);
      return runs.get(0);
    }
  }

  private static Path sweep(Path out, String... args) throws Exception {
    Cli cli = new Cli();
    String[] all = Stream.concat(Stream.of("sweep"), Stream.concat(Stream.of(args),
        Stream.of("--out", out.toString(), "--quiet"))).toArray(String[]::new);
    assertThat(cli.run(all)).as(cli.err.toString()).isZero();
    return onlyRun(out);
  }

  private static void assertSameFiles(Path a, Path b, List<String> files) throws Exception {
    for (String f : files) {
      assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
  }

  @Test
  void quickPhaseGridIsTheSameOnLocalAndSparkAndAfterAResume() throws Exception {
    Path local = sweep(tmp.resolve("local"), "jeong2025-phase", "--quick", "--engine", "local", "--threads", "2");
    Path spark = sweep(tmp.resolve("spark"), "jeong2025-phase", "--quick", "--engine", "spark", "--master",
        "local[2]");
    List<String> files = List.of("results.csv", "results.json", "phase-cells.csv", "phase-thresholds.csv",
        "phase-exponent.csv");
    assertSameFiles(local, spark, files);
    assertThat(Files.readAllLines(spark.resolve("results.csv"))).hasSize(3360 + 1);
    assertThat(Files.readAllLines(spark.resolve("timings.csv"))).hasSize(3360 + 1);

    // Remove a few cells of the Spark run, then resume it on one local thread: only those run again.
    for (int cell : new int[] {0, 1000, 3263}) {
      Files.delete(spark.resolve(String.format("cells/cell-%07d.csv", cell)));
    }
    Files.delete(spark.resolve("results.csv"));
    Cli cli = new Cli();
    assertThat(cli.run("sweep", "jeong2025-phase", "--quick", "--engine", "local", "--threads", "1", "--resume",
        spark.toString(), "--quiet")).as(cli.err.toString()).isZero();
    assertThat(cli.out.toString()).contains("3360 cells (3 run now)");
    assertSameFiles(local, spark, files);
  }

  @Test
  void trainGridIsTheSameOnLocalAndSpark() throws Exception {
    Path data = SyntheticDigits.write(tmp.resolve("data"), 650, 5);
    Path grid = tmp.resolve("grid.yaml");
    Files.writeString(grid, String.join("\n",
        "train:",
        "  model: mlp",
        "  data: digits",
        "  data_dir: " + data,
        "  epochs: 1",
        "  batch: 50",
        "  model_options: {input_shape: 1x8x8, width: 16}",
        "axes:",
        "  lr: [0.01, 0.003]",
        "  seed: [1, 2]",
        ""));
    Path local = sweep(tmp.resolve("local"), grid.toString(), "--engine", "local", "--threads", "1");
    Path spark = sweep(tmp.resolve("spark"), grid.toString(), "--engine", "spark", "--master", "local[2]");
    assertSameFiles(local, spark, List.of("results.csv", "results.json"));
    List<String> rows = Files.readAllLines(spark.resolve("results.csv"));
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0)).isEqualTo("lr,seed,status,train_loss,train_accuracy,test_loss,test_accuracy,steps");
    assertThat(rows.get(1)).startsWith("0.01,1,ok,");
    assertThat(rows.get(4)).startsWith("0.003,2,ok,");
    // Different seeds and rates train differently: the cells really ran with their own values.
    assertThat(rows.subList(1, 5)).doesNotHaveDuplicates();
  }
}
