package dev.ste4j.lab.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepResultsTest {

  /** Cell i gives a double drawn from the cell's own seed; cell 5 fails when asked to. */
  record Draws(long seed, int size, boolean failFive) implements Sweep<Integer, Double> {
    @Override
    public List<Integer> cells() {
      List<Integer> c = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        c.add(i);
      }
      return c;
    }

    @Override
    public Double run(Integer cell) {
      if (failFive && cell == 5) {
        throw new IllegalStateException("cell 5 fails");
      }
      return CellSeed.source(seed, cell).nextDouble();
    }

    @Override
    public long cost(Integer cell) {
      return cell % 4;
    }
  }

  @Test
  void resultsAreInCellOrderForAnyThreadCount() {
    Draws d = new Draws(9, 40, false);
    List<Double> one = SweepResults.run(d, new LocalEngine(1), null);
    assertThat(one).hasSize(40).doesNotHaveDuplicates();
    assertThat(one.get(7)).isEqualTo(CellSeed.source(9, 7).nextDouble());
    assertThat(SweepResults.run(d, new LocalEngine(4), null)).isEqualTo(one);
  }

  @Test
  void knownCellsAreNotRunAgain() {
    Draws d = new Draws(9, 10, false);
    List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
    List<Double> all = SweepResults.run(d, new LocalEngine(2), Map.of(2, -1.0, 3, -2.0),
        (cell, result, seconds) -> ran.add(cell));
    assertThat(ran).hasSize(8).doesNotContain(2, 3);
    assertThat(all.get(2)).isEqualTo(-1.0);
    assertThat(all.get(3)).isEqualTo(-2.0);
    assertThat(all.get(4)).isEqualTo(CellSeed.source(9, 4).nextDouble());
  }

  @Test
  void aFailingCellStopsTheRunWithItsException() {
    assertThatThrownBy(() -> SweepResults.run(new Draws(1, 10, true), new LocalEngine(2), null))
        .isInstanceOf(IllegalStateException.class).hasMessage("cell 5 fails");
  }

  @Test
  void expensiveCellsAreScheduledFirst() {
    assertThat(Schedule.expensiveFirst(new Draws(1, 6, false), new int[] {0, 1, 2, 3, 4, 5}))
        .containsExactly(3, 2, 1, 5, 0, 4);
  }

  @Test
  void anUnknownEngineNamesWhatIsAvailable() {
    assertThatThrownBy(() -> SweepEngines.open("nosuch", null, 1)).isInstanceOf(EngineUnavailableException.class)
        .hasMessageStartingWith("engine nosuch is not on the class path (available: local");
  }
}
