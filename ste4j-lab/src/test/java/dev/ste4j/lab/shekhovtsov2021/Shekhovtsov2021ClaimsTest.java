package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.lab.claim.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Shekhovtsov2021ClaimsTest {

  @Test
  void stIsExactForTheAffineLossAndBiasedForCrossEntropy() {
    StExactness m = StExactness.measure(4, 3);
    assertThat(m.affineError()).isLessThan(1e-10);
    assertThat(m.crossEntropyError()).isGreaterThan(1e-3);
    assertThat(Shekhovtsov2021Claims.stExactWhenAffine(m, "s").verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(Shekhovtsov2021Claims.stExactWhenAffine(new StExactness(1e-9, 0.1, 4), "s").verdict())
        .isEqualTo(Verdict.PARTLY);
    assertThat(Shekhovtsov2021Claims.stExactWhenAffine(new StExactness(1e-3, 1e-4, 4), "s").verdict())
        .isEqualTo(Verdict.NOT_REPRODUCED);
  }

  static LatentStudy.Run run(LatentRule rule, long seed, double accuracy) {
    WeightStats w = new WeightStats(0.2, 0.1, 1, 2, 0.3, new double[WeightStats.BINS]);
    return new LatentStudy.Run(rule.id(), seed, 1.0, List.of(new EpochRow(rule.id(), 1, 1.0, accuracy, accuracy, w,
        1.0)), 1.0);
  }

  static LatentStudyResult study(String data, double[] mirror, double[] sgd) {
    List<LatentStudy.Run> runs = new ArrayList<>();
    for (int s = 0; s < mirror.length; s++) {
      runs.add(run(LatentRule.MIRROR_DESCENT, s, mirror[s]));
      runs.add(run(LatentRule.SGD_LOGITS, s, sgd[s]));
    }
    return new LatentStudyResult(LatentStudyConfig.quick(1), data, 10, 10, List.of(), new double[] {1, 1, 1}, runs,
        1.0);
  }

  @Test
  void mirrorDescentIsJudgedByTwoStandardErrorsOfTheDifferencePerDataSet() {
    // Means 0.80 vs 0.81, sds 0.01: difference −0.01, 2 SE = 2·sqrt(2·0.01²/3) ≈ 0.0163: not worse.
    LatentStudyResult close = study("a", new double[] {0.79, 0.80, 0.81}, new double[] {0.80, 0.81, 0.82});
    LatentStudyResult behind = study("b", new double[] {0.70, 0.71, 0.72}, new double[] {0.80, 0.81, 0.82});
    assertThat(Shekhovtsov2021Claims.mirrorNotWorse(List.of(close), "s").verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(Shekhovtsov2021Claims.mirrorNotWorse(List.of(close, behind), "s").verdict())
        .isEqualTo(Verdict.PARTLY);
    assertThat(Shekhovtsov2021Claims.mirrorNotWorse(List.of(behind), "s").verdict())
        .isEqualTo(Verdict.NOT_REPRODUCED);
    assertThat(Shekhovtsov2021Claims.mirrorNotWorse(List.of(behind), "s").measured()).contains("difference -0.1000");
    assertThat(Shekhovtsov2021Claims.mirrorNotWorse(List.of(), "s").verdict()).isEqualTo(Verdict.NOT_RUN);
  }

  static AccuracyRow row(String estimator, int step, double relativeBias, double variance) {
    return new AccuracyRow(step, 1.0, estimator, -1, 1, relativeBias, relativeBias, variance, 0, 0.5, 0, true, 1, 1);
  }

  static EstimatorAccuracyResult accuracy(double stBias, double stBiasLater, double reinforceVar) {
    EstimatorAccuracyConfig c = new EstimatorAccuracyConfig(new int[] {2, 2, 2}, NoiseKind.LOGISTIC, 1, 1,
        new int[] {0, 10}, 0.1, new int[] {1}, 2, 0.5, 2, 1);
    List<AccuracyRow> rows = new ArrayList<>();
    for (int step : new int[] {0, 10}) {
      rows.add(row("st", step, step == 0 ? stBias : stBiasLater, 0.1));
      for (String d : Shekhovtsov2021Claims.DETERMINISTIC) {
        rows.add(row(d, step, 1.0, 0));
      }
      rows.add(row("reinforce", step, 1e-15, reinforceVar));
      rows.add(row("arm", step, 0.01, 0.5));
    }
    return new EstimatorAccuracyResult(c, rows, List.of());
  }

  @Test
  void theEstimatorClaimsFollowTheirRules() {
    assertThat(Shekhovtsov2021Claims.stLessBiasedThanDeterministic(List.of(accuracy(0.3, 0.4, 1)), "s").verdict())
        .isEqualTo(Verdict.REPRODUCED);
    assertThat(Shekhovtsov2021Claims.stLessBiasedThanDeterministic(List.of(accuracy(0.3, 1.4, 1)), "s").verdict())
        .isEqualTo(Verdict.PARTLY);
    assertThat(Shekhovtsov2021Claims.stLessBiasedThanDeterministic(List.of(accuracy(2, 1.4, 1)), "s").verdict())
        .isEqualTo(Verdict.NOT_REPRODUCED);
    assertThat(Shekhovtsov2021Claims.unbiasedCostVariance(List.of(accuracy(0.3, 0.4, 1)), "s").verdict())
        .isEqualTo(Verdict.REPRODUCED);
    assertThat(Shekhovtsov2021Claims.unbiasedCostVariance(List.of(accuracy(0.3, 0.4, 0.01)), "s").verdict())
        .isEqualTo(Verdict.PARTLY);
    // The identity STE's relative bias is 1.0 in these rows: above the 0.5 threshold.
    assertThat(Shekhovtsov2021Claims.identityBiased(List.of(accuracy(0.3, 0.4, 1)), "s").verdict())
        .isEqualTo(Verdict.REPRODUCED);
  }
}
