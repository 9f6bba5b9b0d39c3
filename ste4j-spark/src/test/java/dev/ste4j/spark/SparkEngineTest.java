package dev.ste4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.lab.sweep.CellSeed;
import dev.ste4j.lab.sweep.LocalEngine;
import dev.ste4j.lab.sweep.Sweep;
import dev.ste4j.lab.sweep.SweepEngines;
import dev.ste4j.lab.sweep.SweepResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SparkEngine on local[2] with up to 3 attempts per task: retried cells give the results of the local engine. */
class SparkEngineTest {

  @TempDir static Path tmp;
  static SparkEngine spark;

  @BeforeAll
  static void start() {
    spark = (SparkEngine) SweepEngines.open("spark", "local[2,3]", 1);
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  /**
   * Cell i is a seeded draw; the cells listed in {@code flaky} fail on their first attempt (a marker file says an
   * attempt was made), and cell {@code broken} always fails.
   */
  record Flaky(String markers, List<Integer> flaky, int broken) implements Sweep<Integer, double[]> {
    @Override
    public List<Integer> cells() {
      List<Integer> c = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        c.add(i);
      }
      return c;
    }

    @Override
    public double[] run(Integer cell) {
      if (cell == broken) {
        throw new IllegalArgumentException("cell " + cell + " has a bad value");
      }
      Path marker = Path.of(markers, "attempted-" + cell);
      if (flaky.contains(cell) && !Files.exists(marker)) {
        try {
          Files.createFile(marker);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("first attempt of cell " + cell + " lost");
      }
      var rng = CellSeed.source(42, cell);
      return new double[] {rng.nextDouble(), rng.nextGaussian()};
    }
  }

  @Test
  void cellsThatFailOnTheirFirstAttemptAreRetriedAndGiveTheLocalResults() throws Exception {
    Path markers = Files.createDirectories(tmp.resolve("retry"));
    List<double[]> expected = SweepResults.run(new Flaky(markers.toString(), List.of(), -1), new LocalEngine(1), null);
    List<double[]> got = SweepResults.run(new Flaky(markers.toString(), List.of(3, 17, 63), -1), spark, null);
    assertThat(got).hasSize(64);
    for (int i = 0; i < 64; i++) {
      assertThat(got.get(i)).as("cell %d", i).isEqualTo(expected.get(i));
    }
    // The first attempts really failed: each flaky cell left its marker.
    assertThat(markers.resolve("attempted-3")).exists();
    assertThat(markers.resolve("attempted-63")).exists();
  }

  @Test
  void aCellThatAlwaysFailsStopsTheRunWithItsOwnException() throws Exception {
    Path markers = Files.createDirectories(tmp.resolve("broken"));
    assertThatThrownBy(() -> SweepResults.run(new Flaky(markers.toString(), List.of(), 9), spark, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cell 9 has a bad value");
  }

  @Test
  void describesItsMasterAndSlots() {
    assertThat(spark.describe()).isEqualTo("spark local[2,3], 2 slots");
    assertThat(spark.parallelism()).isEqualTo(2);
  }
}
