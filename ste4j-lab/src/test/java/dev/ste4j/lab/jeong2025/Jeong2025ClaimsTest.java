package dev.ste4j.lab.jeong2025;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.lab.claim.Claim;
import dev.ste4j.lab.claim.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Jeong2025ClaimsTest {

  private static final WorkRate WORK = new WorkRate(1, 1, 1, 1, 1, 1, 1);

  private static SampleComplexity complexity(PhaseConfig c, double level, int censored, double k, double lower,
                                             double upper) {
    List<Threshold> ts = new ArrayList<>();
    for (int i = 0; i < c.dimensions().size(); i++) {
      ts.add(i < censored ? new Threshold(c.dimensions().get(i), Double.NaN, Double.NaN, Double.NaN,
          Threshold.Censoring.ABOVE_GRID) : new Threshold(c.dimensions().get(i), 10, 9, 11, Threshold.Censoring.NONE));
    }
    PowerLawFit fit = Double.isNaN(k) ? null : new PowerLawFit(k, 1, 0.1, 0.99, ts.size() - censored);
    List<Integer> fitted = fit == null ? List.of() : c.dimensions().subList(censored, c.dimensions().size());
    ExponentEstimate e = new ExponentEstimate(fit, lower, upper, 100, 100, fitted);
    return new SampleComplexity(level, ts, e, e, List.of());
  }

  private static PhaseResult phase(int censored, double k, double lower, double upper) {
    return phase(PhaseConfig.quick(1), censored, k, lower, upper, k, lower, upper);
  }

  /** A result whose every level has the given last-iterate and averaged-iterate exponents. */
  private static PhaseResult phase(PhaseConfig c, int censored, double k, double lower, double upper, double ka,
                                   double lowerA, double upperA) {
    List<PhaseCell> cells = new ArrayList<>();
    for (int n : c.dimensions()) {
      for (int size : c.sampleSizes()) {
        cells.add(new PhaseCell(n, size, c.trials(), c.trials(), c.trials(), 1, 0));
      }
    }
    List<SampleComplexity> last = new ArrayList<>();
    List<SampleComplexity> averaged = new ArrayList<>();
    for (int l = 0; l < c.levels().size(); l++) {
      last.add(complexity(c, c.levels().get(l), censored, k, lower, upper));
      averaged.add(complexity(c, c.levels().get(l), censored, ka, lowerA, upperA));
    }
    return new PhaseResult(c, cells, last, averaged, WORK);
  }

  @Test
  void thresholdCountsTheDimensionsWithACrossingInsideTheGrid() {
    assertThat(Jeong2025Claims.threshold(phase(0, 1.3, 1.2, 1.4)).verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(Jeong2025Claims.threshold(phase(3, 1.3, 1.2, 1.4)).verdict()).isEqualTo(Verdict.PARTLY);
    assertThat(Jeong2025Claims.threshold(phase(0, 1.3, 1.2, 1.4)).measured()).contains("(32/32)");
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
    assertThat(claims.get(0).scale()).startsWith("reduced: 6 trials per cell, 2 × 4 grid")
        .endsWith("the paper's own grid and trial counts are not known (full text unavailable)");
  }

  @Test
  void lastVersusAveragedNeedsNoiseAndComparesTheIntervals() {
    PhaseConfig quiet = PhaseConfig.quick(1);
    PhaseConfig noisy = new PhaseConfig(quiet.model().withNoise(0.3), quiet.method(), quiet.dimensions(),
        quiet.sampleSizes(), quiet.trials(), quiet.bootstrap(), quiet.levels(), 1);
    assertThat(Jeong2025Claims.lastVersusAveraged(phase(noisy, 0, 3.0, 2.6, 3.4, 1.5, 1.3, 1.7)).verdict())
        .isEqualTo(Verdict.REPRODUCED);
    assertThat(Jeong2025Claims.lastVersusAveraged(phase(noisy, 0, 2.0, 1.4, 2.6, 1.5, 1.3, 1.7)).verdict())
        .isEqualTo(Verdict.PARTLY);
    assertThat(Jeong2025Claims.lastVersusAveraged(phase(noisy, 0, 1.4, 1.2, 1.6, 1.5, 1.3, 1.7)).verdict())
        .isEqualTo(Verdict.NOT_REPRODUCED);
    assertThat(Jeong2025Claims.lastVersusAveraged(phase(quiet, 0, 3.0, 2.6, 3.4, 1.5, 1.3, 1.7)).verdict())
        .isEqualTo(Verdict.NOT_RUN);
    Claim c = Jeong2025Claims.lastVersusAveraged(phase(noisy, 0, 3.0, 2.6, 3.4, 1.5, 1.3, 1.7));
    assertThat(c.measured()).contains("s = 0.300", "last k = 3.00 [2.60, 3.40]", "averaged k = 1.50 [1.30, 1.70]");
    assertThat(c.scale()).contains("lab full scale: 100 trials, 7 × 19");
  }

  @Test
  void thresholdClaimAsksForTheHighLevelAtEveryN() {
    PhaseResult r = phase(0, 1.3, 1.2, 1.4);
    assertThat(Jeong2025Claims.threshold(r).rule()).contains("90 % recovery");
    // censored above the grid at the high level (every level here) for three n: partly
    assertThat(Jeong2025Claims.threshold(phase(3, 1.3, 1.2, 1.4)).measured()).contains("at 4 of 7 n");
  }

  private static NonGaussianResult nonGaussian(int rawAtLargest, int standardizedAtLargest, int rawSmall,
                                               int standardizedSmall) {
    NonGaussianConfig c = new NonGaussianConfig(ModelConfig.twoLayer(16), PhaseConfig.defaultMethod(),
        List.of(InputDistribution.GAUSSIAN, InputDistribution.SHIFTED_GAUSSIAN), List.of(128, 512), 20, 1);
    List<NonGaussianCell> cells = new ArrayList<>();
    for (InputDistribution d : c.distributions()) {
      for (Normalization norm : Normalization.values()) {
        for (int size : c.sampleSizes()) {
          boolean raw = norm == Normalization.NONE;
          int ok = d == InputDistribution.GAUSSIAN ? 20 : size == 512 ? (raw ? rawAtLargest : standardizedAtLargest)
              : (raw ? rawSmall : standardizedSmall);
          cells.add(new NonGaussianCell(d, norm, size, 20, ok, ok, 0));
        }
      }
    }
    return new NonGaussianResult(c, cells, WORK);
  }

  @Test
  void nonGaussianTellsAFailureFromAHigherThreshold() {
    // raw 2/20 at the largest N, standardized 20/20: the STE fails raw and normalization restores it
    assertThat(Jeong2025NonGaussianClaim.of(List.of(nonGaussian(2, 20, 0, 18))).verdict())
        .isEqualTo(Verdict.REPRODUCED);
    // raw recovers at the largest N (18/20) but lags at N = 128 (4/20 against 19/20): only the threshold rises
    Claim higher = Jeong2025NonGaussianClaim.of(List.of(nonGaussian(18, 20, 4, 19)));
    assertThat(higher.verdict()).isEqualTo(Verdict.PARTLY);
    assertThat(higher.measured()).contains("fails raw and restored: none", "shifted_gaussian at N = 512");
    // a rise within the noise is no restoration
    assertThat(Jeong2025NonGaussianClaim.of(List.of(nonGaussian(18, 20, 15, 19))).verdict())
        .isEqualTo(Verdict.NOT_REPRODUCED);
  }

  private static DeviationResult deviation(double k, double lower, double upper) {
    DeviationConfig c = DeviationConfig.quick(1);
    PowerLawFit fit = Double.isNaN(k) ? null : new PowerLawFit(k, 1, 0.1, 0.99, 7);
    ExponentEstimate e = new ExponentEstimate(fit, lower, upper, 100, 100, fit == null ? List.of() : c.dimensions());
    return new DeviationResult(c, List.of(), List.of(), e, 1);
  }

  @Test
  void uniformDeviationComparesItsExponentWithTwo() {
    assertThat(Jeong2025DeviationClaim.of(deviation(1.6, 1.3, 1.9)).verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(Jeong2025DeviationClaim.of(deviation(1.8, 1.5, 2.1)).verdict()).isEqualTo(Verdict.PARTLY);
    assertThat(Jeong2025DeviationClaim.of(deviation(2.4, 2.1, 2.7)).verdict())
        .isEqualTo(Verdict.NOT_REPRODUCED);
    assertThat(Jeong2025DeviationClaim.of(deviation(Double.NaN, Double.NaN, Double.NaN)).verdict())
        .isEqualTo(Verdict.NOT_RUN);
    assertThat(Jeong2025DeviationClaim.of(deviation(1.6, 1.3, 1.9)).scale()).startsWith("reduced: 8 samples");
  }
}
