package dev.ste4j.lab.jeong2025;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.lab.sweep.LocalEngine;
import dev.ste4j.lab.sweep.SweepResults;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recurrence grid run as a sweep gives what the direct loop over (s, N, t) gave before the sweep existed. */
class RecurrenceSweepTest {

  private static RecurrenceConfig small() {
    return new RecurrenceConfig(ModelConfig.twoLayer(10), PhaseConfig.defaultMethod().withIterations(300),
        List.of(0.0, 0.2), List.of(64, 128), 3, 41);
  }

  /** The loop of RecurrenceExperiment before the sweep: trial t at N from new Rng(seed).split(n, N, t), any s. */
  private static List<TrialOutcome> directLoop(RecurrenceConfig c) {
    Rng root = new Rng(c.seed());
    int n = c.model().dimension();
    List<TrialOutcome> out = new ArrayList<>();
    for (double s : c.noiseLevels()) {
      for (int size : c.sampleSizes()) {
        for (int t = 0; t < c.trials(); t++) {
          out.add(Trial.run(c.model().withNoise(s), c.method(), size, root.split(n, size, t), t == 0));
        }
      }
    }
    return out;
  }

  /** Drops what a results table does not keep: the traces and the kernel's time. */
  private static TrialOutcome stored(TrialOutcome o) {
    return new TrialOutcome(o.lastRecovered(), o.averagedRecovered(), o.lastDistance(), o.averagedDistance(),
        o.firstHit(), o.stepsAtOptimum(), o.departures(), o.returns(), o.meanReturnTime(), o.evaluations(), o.flops(),
        0, null);
  }

  @Test
  void theSweepTheDirectLoopAndAResumedTableAssembleToTheSameResult() {
    RecurrenceConfig c = small();
    RecurrenceResult viaRunner = RecurrenceExperiment.run(c, new TrialRunner(2, null));
    List<TrialOutcome> swept = SweepResults.run(new RecurrenceSweep(c), new LocalEngine(3), null);
    RecurrenceResult viaSweep = RecurrenceExperiment.assemble(c, swept, 1.0, 3);
    RecurrenceResult viaLoop = RecurrenceExperiment.assemble(c, directLoop(c), 1.0, 1);
    RecurrenceResult resumed = RecurrenceExperiment.assemble(c,
        swept.stream().map(RecurrenceSweepTest::stored).toList(), 1.0, 1);
    for (RecurrenceResult r : List.of(viaSweep, viaLoop, resumed)) {
      assertThat(r.cells()).isEqualTo(viaRunner.cells());
      assertThat(r.work().flops()).isEqualTo(viaRunner.work().flops());
      for (int i = 0; i < r.traces().size(); i++) {
        assertThat(r.traces().get(i).distance()).containsExactly(viaRunner.traces().get(i).distance());
      }
    }
    assertThat(viaRunner.cell(0.2, 128).meanReturns()).isPositive();
  }

  @Test
  void cellsAreInNoiseThenSizeThenTrialOrder() {
    RecurrenceSweep s = new RecurrenceSweep(small());
    assertThat(s.cells()).hasSize(2 * 2 * 3);
    assertThat(s.cells().get(0)).isEqualTo(new RecurrenceSweep.TrialCell(0.0, 64, 0));
    assertThat(s.cells().get(4)).isEqualTo(new RecurrenceSweep.TrialCell(0.0, 128, 1));
    assertThat(s.cells().get(11)).isEqualTo(new RecurrenceSweep.TrialCell(0.2, 128, 2));
  }
}
