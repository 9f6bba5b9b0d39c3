package dev.ste4j.cli.command.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.lab.shekhovtsov2021.EstimatorAccuracyConfig;
import dev.ste4j.lab.shekhovtsov2021.NoiseKind;
import dev.ste4j.lab.sweep.LocalEngine;
import dev.ste4j.lab.sweep.Sweep;
import dev.ste4j.lab.sweep.SweepEngine;
import dev.ste4j.lab.sweep.SweepEngines;
import dev.ste4j.lab.sweep.SweepResults;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cheapest of the study grids, {@code shekhovtsov2021-estimators} at a tiny size, gives the same results files
 * byte for byte on Spark local[2] as on the local engine, also when some of its cells fail on their first attempt and
 * Spark runs them again.
 */
class StudyGridsOnSparkTest {

  @TempDir Path tmp;

  /** A tiny estimator grid: 2 snapshots × 4 estimators on a 6-unit network. */
  private static EstimatorsGrid tiny() {
    EstimatorAccuracyConfig c = new EstimatorAccuracyConfig(new int[] {4, 3, 3, 3}, NoiseKind.LOGISTIC, 1.0, 4,
        new int[] {0, 20}, 0.1, new int[] {1, 4}, 8, 0.5, 200, 7);
    return new EstimatorsGrid(c, List.of("st", "ste_identity", "reinforce", "concrete:0.5"), "tiny");
  }

  /** The cells listed in {@code flaky} fail on their first attempt (a marker file records the attempt). */
  record FailingFirst<C extends Serializable, R extends Serializable>(Sweep<C, R> inner, String markers,
                                                                      List<Integer> flaky) implements Sweep<C, R> {
    @Override
    public List<C> cells() {
      return inner.cells();
    }

    @Override
    public R run(C cell) {
      int index = inner.cells().indexOf(cell);
      Path marker = Path.of(markers, "attempted-" + index);
      if (flaky.contains(index) && !Files.exists(marker)) {
        try {
          Files.createFile(marker);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("first attempt of cell " + index + " lost");
      }
      return inner.run(cell);
    }
  }

  private static <C extends Serializable, R extends Serializable> Path written(Path dir, SweepGrid<C, R> g,
                                                                             Sweep<C, R> sweep, SweepEngine e)
      throws Exception {
    List<R> results = SweepResults.run(sweep, e, null);
    Files.createDirectories(dir);
    SweepFiles.write(dir, g, results, Map.of());
    return dir;
  }

  @Test
  void retriedCellsGiveTheLocalEnginesBytes() throws Exception {
    EstimatorsGrid g = tiny();
    Path local = written(tmp.resolve("local"), g, g.sweep(), new LocalEngine(2));
    Path markers = Files.createDirectories(tmp.resolve("markers"));
    EstimatorsGrid fresh = tiny();
    Path spark;
    try (SweepEngine e = SweepEngines.open("spark", "local[2,3]", 1)) {
      spark = written(tmp.resolve("spark"), fresh, new FailingFirst<>(fresh.sweep(), markers.toString(),
          List.of(0, 5, 7)), e);
    }
    for (int cell : new int[] {0, 5, 7}) {
      assertThat(markers.resolve("attempted-" + cell)).as("cell %d failed once", cell).exists();
    }
    for (String f : List.of("results.csv", "results.json")) {
      assertThat(Files.readAllBytes(spark.resolve(f))).as(f).isEqualTo(Files.readAllBytes(local.resolve(f)));
    }
    assertThat(Files.readAllLines(spark.resolve("results.csv"))).hasSize(2 * 4 + 1);
  }
}
