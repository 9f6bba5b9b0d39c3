package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.tensor.kernel.Parallel;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatentStudyTest {

  static LatentStudyConfig small(long seed) {
    return new LatentStudyConfig(new int[] {16, 8}, List.of(LatentRule.values()), new double[] {20, 80, 5},
        new double[] {0.25, 1, 4}, 0.1, 3, 25, 1.0, 0.2, 3, 2, 100, 300, 1, 0, 0, seed);
  }

  @Test
  void theSweepKeepsEachRulesBestRateAndEveryRuleTrainsFromEverySeed() {
    LabeledData train = SyntheticTask.generate(600, 10, 3, 1, 2);
    LabeledData test = SyntheticTask.generate(200, 10, 3, 1, 3);
    LatentStudyResult r = LatentStudy.run(small(4), train, test);
    assertThat(r.sweep()).hasSize(9);
    for (int i = 0; i < 3; i++) {
      int k = i;
      LatentRule rule = LatentRule.values()[k];
      double best = r.sweep().stream().filter(s -> s.rule().equals(rule.id()))
          .mapToDouble(LatentStudy.SweepRow::validationAccuracy).max().orElseThrow();
      LatentStudy.SweepRow kept = r.sweep().stream().filter(s -> s.rule().equals(rule.id())
          && s.rate() == r.chosenRates()[k]).findFirst().orElseThrow();
      assertThat(kept.validationAccuracy()).isEqualTo(best);
      assertThat(r.runs(rule)).hasSize(2).allSatisfy(run -> assertThat(run.curve()).hasSize(3));
      assertThat(r.runs(rule).stream().map(LatentStudy.Run::seed)).containsExactly(4L, 5L);
      // The ensemble is evaluated after the last epoch only.
      assertThat(r.runs(rule).get(0).curve().get(0).ensembleAccuracy()).isNaN();
      assertThat(r.runs(rule).get(0).last().ensembleAccuracy()).isBetween(0.0, 1.0);
      LatentStudyResult.Summary m = r.summary(rule);
      double a = r.runs(rule).get(0).last().deterministicAccuracy();
      double b = r.runs(rule).get(1).last().deterministicAccuracy();
      assertThat(m.deterministicMean()).isCloseTo((a + b) / 2, within(1e-15));
      assertThat(m.deterministicSd()).isCloseTo(Math.abs(a - b) / Math.sqrt(2), within(1e-15));
    }
    assertThat(r.trainRows()).isEqualTo(600);
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    LabeledData train = SyntheticTask.generate(300, 6, 3, 4, 5);
    LabeledData test = SyntheticTask.generate(100, 6, 3, 4, 6);
    int keep = Parallel.threads();
    try {
      Parallel.setThreads(1);
      LatentStudyResult a = LatentStudy.run(small(2), train, test);
      Parallel.setThreads(3);
      LatentStudyResult b = LatentStudy.run(small(2), train, test);
      assertThat(b.chosenRates()).isEqualTo(a.chosenRates());
      for (int k = 0; k < a.runs().size(); k++) {
        for (int e = 0; e < 3; e++) {
          EpochRow x = a.runs().get(k).curve().get(e);
          EpochRow y = b.runs().get(k).curve().get(e);
          assertThat(y.trainLoss()).isEqualTo(x.trainLoss());
          assertThat(y.deterministicAccuracy()).isEqualTo(x.deterministicAccuracy());
          assertThat(y.weights().medianAbsEta()).isEqualTo(x.weights().medianAbsEta());
        }
      }
    } finally {
      Parallel.setThreads(keep);
    }
  }

  @Test
  void weightStatsCountSaturationQuantilesAndTheSgdFactor() {
    double[][] eta = {{0.0, 3.0, -4.0, 1.0}, {-0.5, 10.0}};
    WeightStats w = WeightStats.of(eta, LatentRule.MIRROR_DESCENT);
    // Saturated: min(θ, 1 − θ) < 0.05, i.e. |η| > logit(0.95) ≈ 2.944: 3, −4 and 10.
    assertThat(w.saturatedFraction()).isCloseTo(3.0 / 6, within(1e-15));
    assertThat(w.medianAbsEta()).isEqualTo(1.0);
    assertThat(w.p90AbsEta()).isEqualTo(10.0);
    double factor = 0;
    for (double[] l : eta) {
      for (double v : l) {
        double s = 1 / (1 + Math.exp(-v));
        factor += 2 * s * (1 - s) / 6;
      }
    }
    assertThat(w.meanSgdFactor()).isCloseTo(factor, within(1e-15));
    assertThat(java.util.Arrays.stream(w.uncertaintyHistogram()).sum()).isCloseTo(1.0, within(1e-12));
    assertThat(w.uncertaintyHistogram()[9]).isCloseTo(1.0 / 6, within(1e-15)); // η = 0: θ = 0.5
    WeightStats p = WeightStats.of(new double[][] {{0.95, -0.95, 0.0, 1.0}}, LatentRule.PROJECTED_SGD);
    assertThat(p.saturatedFraction()).isEqualTo(0.75); // θ = 0.975, 0.025 and 1 are saturated, 0.5 is not
  }

  @Test
  void badStudyConfigurationsAreRefused() {
    assertThatThrownBy(() -> new LatentStudyConfig(new int[] {}, List.of(LatentRule.MIRROR_DESCENT),
        new double[] {1}, new double[] {1}, 0.1, 1, 1, 1, 0.2, 1, 1, 1, 1, 1, 0, 0, 1))
        .hasMessageContaining("at least one hidden layer");
    assertThatThrownBy(() -> new LatentStudyConfig(new int[] {4}, List.of(LatentRule.MIRROR_DESCENT),
        new double[] {1, 2}, new double[] {1}, 0.1, 1, 1, 1, 0.2, 1, 1, 1, 1, 1, 0, 0, 1))
        .hasMessageContaining("one base rate per rule");
    LabeledData d = SyntheticTask.generate(50, 4, 2, 1, 1);
    LatentStudyConfig big = new LatentStudyConfig(new int[] {4}, List.of(LatentRule.MIRROR_DESCENT),
        new double[] {1}, new double[] {1}, 0.1, 1, 1, 1, 0.2, 1, 1, 50, 1, 1, 0, 0, 1);
    assertThatThrownBy(() -> LatentStudy.run(big, d, d)).hasMessageContaining("leaves no training rows");
  }
}
