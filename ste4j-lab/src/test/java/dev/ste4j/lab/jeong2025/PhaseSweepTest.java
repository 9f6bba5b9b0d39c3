package dev.ste4j.lab.jeong2025;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.lab.sweep.LocalEngine;
import dev.ste4j.lab.sweep.SweepResults;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The phase diagram run as a sweep gives what the direct loop over (n, N, t) gave before the sweep existed. */
class PhaseSweepTest {

  private static PhaseConfig small() {
    return new PhaseConfig(ModelConfig.gaussian(8, 1), PhaseConfig.defaultMethod().withIterations(200),
        List.of(6, 12), Grid.geometric(4, 64, 1), 3, 50, 77);
  }

  /** The loop of PhaseExperiment before the sweep: trial t of (n, N) from new Rng(seed).split(n, N, t). */
  private static List<TrialOutcome> directLoop(PhaseConfig c) {
    Rng root = new Rng(c.seed());
    List<TrialOutcome> out = new ArrayList<>();
    for (int n : c.dimensions()) {
      for (int size : c.sampleSizes()) {
        for (int t = 0; t < c.trials(); t++) {
          out.add(Trial.run(c.model().withDimension(n), c.method(), size, root.split(n, size, t), false));
        }
      }
    }
    return out;
  }

  /** Every field but the kernel's wall time, which is a timing. */
  private static List<Object> deterministic(TrialOutcome o) {
    return List.of(o.lastRecovered(), o.averagedRecovered(), o.lastDistance(), o.averagedDistance(), o.firstHit(),
        o.stepsAtOptimum(), o.departures(), o.returns(), Double.doubleToRawLongBits(o.meanReturnTime()),
        o.evaluations(), o.flops());
  }

  @Test
  void sweepCellsEqualTheDirectLoopForOneAndThreeThreads() {
    PhaseConfig c = small();
    List<List<Object>> expected = directLoop(c).stream().map(PhaseSweepTest::deterministic).toList();
    for (int threads : new int[] {1, 3}) {
      List<TrialOutcome> swept = SweepResults.run(new PhaseSweep(c), new LocalEngine(threads), null);
      assertThat(swept.stream().map(PhaseSweepTest::deterministic).toList()).as("threads %d", threads)
          .isEqualTo(expected);
    }
  }

  @Test
  void assembledFromTheSweepEqualsTheExperimentAndTheDirectLoop() {
    PhaseConfig c = small();
    PhaseResult viaRunner = PhaseExperiment.run(c, new TrialRunner(2, null));
    PhaseResult viaSweep = PhaseExperiment.assemble(c, SweepResults.run(new PhaseSweep(c), new LocalEngine(2), null),
        1.0, 2);
    PhaseResult viaLoop = PhaseExperiment.assemble(c, directLoop(c), 1.0, 1);
    for (PhaseResult r : List.of(viaSweep, viaLoop)) {
      assertThat(r.cells()).isEqualTo(viaRunner.cells());
      assertThat(r.last()).isEqualTo(viaRunner.last());
      assertThat(r.averaged()).isEqualTo(viaRunner.averaged());
      assertThat(r.work().flops()).isEqualTo(viaRunner.work().flops());
    }
  }

  @Test
  void cellsAreInNThenSizeThenTrialOrderWithCostNTimesN() {
    PhaseSweep s = new PhaseSweep(small());
    assertThat(s.cells()).hasSize(2 * 5 * 3);
    assertThat(s.cells().get(0)).isEqualTo(new PhaseSweep.TrialCell(6, 4, 0));
    assertThat(s.cells().get(4)).isEqualTo(new PhaseSweep.TrialCell(6, 8, 1));
    assertThat(s.cells().get(29)).isEqualTo(new PhaseSweep.TrialCell(12, 64, 2));
    assertThat(s.cost(s.cells().get(29))).isEqualTo(12 * 64);
  }
}
