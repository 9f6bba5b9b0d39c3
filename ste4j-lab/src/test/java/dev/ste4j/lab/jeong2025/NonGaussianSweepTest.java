package dev.ste4j.lab.jeong2025;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.lab.sweep.LocalEngine;
import dev.ste4j.lab.sweep.SweepResults;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The non-Gaussian comparison run as a sweep gives what the direct loop over its trials gave before. */
class NonGaussianSweepTest {

  private static NonGaussianConfig small() {
    return new NonGaussianConfig(ModelConfig.gaussian(10, 1), PhaseConfig.defaultMethod().withIterations(150),
        List.of(InputDistribution.GAUSSIAN, InputDistribution.values()[InputDistribution.values().length - 1]),
        List.of(8, 32), 2, 5);
  }

  /** The loop before the sweep: trial t of (d, N) from new Rng(seed).split(n, N, t, ordinal of d). */
  private static List<TrialOutcome> directLoop(NonGaussianConfig c) {
    Rng root = new Rng(c.seed());
    int n = c.model().dimension();
    List<TrialOutcome> out = new ArrayList<>();
    for (InputDistribution d : c.distributions()) {
      for (Normalization norm : Normalization.values()) {
        for (int size : c.sampleSizes()) {
          for (int t = 0; t < c.trials(); t++) {
            out.add(Trial.run(c.model().withInputs(d, norm), c.method(), size, root.split(n, size, t, d.ordinal()),
                false));
          }
        }
      }
    }
    return out;
  }

  @Test
  void sweepAndExperimentEqualTheDirectLoop() {
    NonGaussianConfig c = small();
    NonGaussianResult viaLoop = NonGaussianExperiment.assemble(c, directLoop(c), 1.0, 1);
    NonGaussianResult viaSweep = NonGaussianExperiment.assemble(c,
        SweepResults.run(new NonGaussianSweep(c), new LocalEngine(3), null), 1.0, 3);
    NonGaussianResult viaRunner = NonGaussianExperiment.run(c, new TrialRunner(2, null));
    assertThat(viaSweep.cells()).isEqualTo(viaLoop.cells());
    assertThat(viaRunner.cells()).isEqualTo(viaLoop.cells());
    assertThat(viaSweep.work().flops()).isEqualTo(viaLoop.work().flops());
    assertThat(new NonGaussianSweep(c).cells()).hasSize(2 * Normalization.values().length * 2 * 2);
  }
}
