package dev.ste4j.lab.jeong2025;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.lab.claim.Claim;
import dev.ste4j.lab.claim.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Jeong2025ClaimsTest {

  private static final WorkRate WORK = new WorkRate(1, 1, 1, 1, 1, 1, 1);

  private static SampleComplexity complexity(PhaseConfig c, int censored, double k, double lower, double upper) {
    List<Threshold> ts = new ArrayList<>();
    for (int i = 0; i < c.dimensions().size(); i++) {
      ts.add(i < censored ? new Threshold(c.dimensions().get(i), Double.NaN, Double.NaN, Double.NaN,
          Threshold.Censoring.ABOVE_GRID) : new Threshold(c.dimensions().get(i), 10, 9, 11, Threshold.Censoring.NONE));
    }
    PowerLawFit fit = Double.isNaN(k) ? null : new PowerLawFit(k, 1, 0.1, 0.99, ts.size() - censored);
    return new SampleComplexity(0.5, ts, new ExponentEstimate(fit, lower, upper, 100, 100));
  }

  private static PhaseResult phase(int censored, double k, double lower, double upper) {
    PhaseConfig c = PhaseConfig.quick(1);
    List<PhaseCell> cells = new ArrayList<>();
    for (int n : c.dimensions()) {
      for (int size : c.sampleSizes()) {
        cells.add(new PhaseCell(n, size, c.trials(), c.trials(), c.trials(), 1, 0));
      }
    }
    SampleComplexity sc = complexity(c, censored, k, lower, upper);
    return new PhaseResult(c, cells, sc, sc, WORK);
  }

  @Test
  void thresholdCountsTheDimensionsWithACrossingInsideTheGrid() {
    assertThat(Jeong2025Claims.threshold(phase(0, 1.3, 1.2, 1.4)).verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(Jeong2025Claims.threshold(phase(3, 1.3, 1.2, 1.4)).verdict()).isEqualTo(Verdict.PARTLY);
    assertThat(Jeong2025Claims.threshold(phase(0, 1.3, 1.2, 1.4)).measured()).contains("(24/24)");
  }

  @Test
  void exponentIsComparedWithItsBoundThroughItsInterval() {
    PhaseResult r = phase(0, 1.3, 1.2, 1.4);
    assertThat(Jeong2025Claims.exponent(r, "averaged", r.averaged(), 2).verdict()).isEqualTo(Verdict.REPRODUCED);
    r = phase(0, 1.9, 1.7, 2.1);
    assertThat(Jeong2025Claims.exponent(r, "averaged", r.averaged(), 2).verdict()).isEqualTo(Verdict.PARTLY);
    r = phase(0, 2.3, 2.1, 2.5);
    assertThat(Jeong2025Claims.exponent(r, "averaged", r.averaged(), 2).verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
    r = phase(7, Double.NaN, Double.NaN, Double.NaN);
    assertThat(Jeong2025Claims.exponent(r, "last", r.last(), 4).verdict()).isEqualTo(Verdict.NOT_RUN);
  }

  private static RecurrenceResult recurrence(int cleanStayed, double noisyReturns) {
    RecurrenceConfig c = RecurrenceConfig.quick(1);
    List<RecurrenceCell> cells = List.of(
        new RecurrenceCell(0, 128, 16, 16, cleanStayed, 1, 0, 0, Double.NaN, 3),
        new RecurrenceCell(0.1, 128, 16, 16, 0, 0.6, noisyReturns, noisyReturns, 2, 3));
    return new RecurrenceResult(c, cells, List.of(), WORK);
  }

  @Test
  void recurrenceNeedsBothTheNoiselessStayAndTheNoisyReturns() {
    assertThat(Jeong2025Claims.recurrence(recurrence(16, 100)).verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(Jeong2025Claims.recurrence(recurrence(10, 100)).verdict()).isEqualTo(Verdict.PARTLY);
    assertThat(Jeong2025Claims.recurrence(recurrence(10, 0.5)).verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
  }

  @Test
  void theQuickPhaseDiagramGivesAllThreeClaims() {
    PhaseConfig small = new PhaseConfig(ModelConfig.gaussian(8, 1), PhaseConfig.defaultMethod(), List.of(8, 16),
        List.of(4, 16, 64, 256), 6, 50, 3);
    List<Claim> claims = Jeong2025Claims.phase(PhaseExperiment.run(small, new TrialRunner(1, null)));
    assertThat(claims).extracting(Claim::id).containsExactly("recovery-threshold", "exponent-averaged",
        "exponent-last");
    assertThat(claims.get(0).scale()).startsWith("reduced: 6 trials per cell, 2 × 4 grid");
  }
}
