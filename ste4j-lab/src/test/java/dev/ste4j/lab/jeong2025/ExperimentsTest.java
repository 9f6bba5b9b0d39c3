package dev.ste4j.lab.jeong2025;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentsTest {

  private static PhaseConfig smallPhase() {
    return new PhaseConfig(ModelConfig.gaussian(8, 1), PhaseConfig.defaultMethod().withIterations(300),
        List.of(8, 16), Grid.geometric(4, 128, 1), 8, 200, 21);
  }

  @Test
  void phaseResultsAreIdenticalForOneAndTwoThreads() {
    PhaseResult one = PhaseExperiment.run(smallPhase(), new TrialRunner(1, null));
    PhaseResult two = PhaseExperiment.run(smallPhase(), new TrialRunner(2, null));
    assertThat(two.cells()).isEqualTo(one.cells());
    assertThat(two.last()).isEqualTo(one.last());
    assertThat(two.averaged()).isEqualTo(one.averaged());
    assertThat(two.work().flops()).isEqualTo(one.work().flops());
    assertThat(two.work().evaluations()).isEqualTo(one.work().evaluations());
  }

  @Test
  void phaseFindsThresholdsThatGrowWithDimension() {
    PhaseResult r = PhaseExperiment.run(smallPhase(), new TrialRunner(2, null));
    assertThat(r.cells()).hasSize(2 * 6);
    List<Threshold> t = r.last().thresholds();
    assertThat(t).allMatch(Threshold::isEstimated);
    assertThat(t.get(1).value()).isGreaterThan(t.get(0).value());
    for (Threshold x : t) {
      assertThat(x.lower()).isLessThanOrEqualTo(x.value());
      assertThat(x.upper()).isGreaterThanOrEqualTo(x.value());
    }
    ExponentEstimate k = r.last().exponent();
    assertThat(k.isEstimated()).isTrue();
    assertThat(k.exponent()).isBetween(0.3, 4.0);
    assertThat(r.work().trials()).isEqualTo(2 * 6 * 8);
    assertThat(r.work().iterations()).isEqualTo(2 * 6 * 8 * 300L);
  }

  @Test
  void recurrenceWithNoiseReturnsAndWithoutNoiseStays() {
    RecurrenceConfig c = new RecurrenceConfig(ModelConfig.gaussian(12, 1), PhaseConfig.defaultMethod()
        .withIterations(400), List.of(0.0, 0.2), List.of(256), 4, 5);
    RecurrenceResult one = RecurrenceExperiment.run(c, new TrialRunner(1, null));
    RecurrenceResult two = RecurrenceExperiment.run(c, new TrialRunner(2, null));
    assertThat(two.cells()).isEqualTo(one.cells());
    assertThat(two.traces().get(1).distance()).containsExactly(one.traces().get(1).distance());
    RecurrenceCell quiet = one.cell(0.0, 256);
    RecurrenceCell noisy = one.cell(0.2, 256);
    assertThat(quiet.reached()).isEqualTo(4);
    assertThat(quiet.stayed()).isEqualTo(4);
    assertThat(quiet.meanDepartures()).isZero();
    assertThat(noisy.reached()).isEqualTo(4);
    assertThat(noisy.stayed()).isZero();
    assertThat(noisy.meanReturns()).isGreaterThan(2);
    assertThat(noisy.meanFractionAtOptimum()).isLessThan(quiet.meanFractionAtOptimum());
    assertThat(one.traces()).hasSize(2);
    assertThat(one.traces().get(0).distance()).hasSize(401);
  }

  @Test
  void normalizationRestoresRecoveryForShiftedInputs() {
    NonGaussianConfig c = new NonGaussianConfig(ModelConfig.gaussian(48, 1), PhaseConfig.defaultMethod()
        .withIterations(1000), List.of(InputDistribution.SHIFTED_GAUSSIAN), List.of(128), 8, 1);
    NonGaussianResult one = NonGaussianExperiment.run(c, new TrialRunner(1, null));
    NonGaussianResult two = NonGaussianExperiment.run(c, new TrialRunner(2, null));
    assertThat(two.cells()).isEqualTo(one.cells());
    NonGaussianCell raw = one.cell(InputDistribution.SHIFTED_GAUSSIAN, Normalization.NONE, 128);
    NonGaussianCell standardized = one.cell(InputDistribution.SHIFTED_GAUSSIAN, Normalization.STANDARDIZE, 128);
    assertThat(raw.lastRate()).isLessThanOrEqualTo(0.5);
    assertThat(standardized.lastRate()).isGreaterThanOrEqualTo(0.85);
  }
}
