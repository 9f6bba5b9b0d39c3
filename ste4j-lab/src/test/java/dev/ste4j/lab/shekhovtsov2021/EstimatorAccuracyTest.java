package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.ste4j.tensor.kernel.Parallel;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimatorAccuracyTest {

  static EstimatorAccuracyConfig tiny(long seed) {
    return new EstimatorAccuracyConfig(new int[] {4, 3, 3, 3}, NoiseKind.LOGISTIC, 1.0, 4, new int[] {0, 20}, 0.1,
        new int[] {1, 4}, 8, 0.5, 200, seed);
  }

  @Test
  void measurementsAreConsistentAndReinforceIsUnbiased() {
    EstimatorAccuracyResult r = EstimatorAccuracy.run(tiny(1));
    // 2 snapshots × 9 estimators × (3 layers + all) × 2 sample counts
    assertThat(r.rows()).hasSize(2 * 9 * 4 * 2);
    for (AccuracyRow row : r.rows()) {
      assertThat(row.rmse() * row.rmse()).isCloseTo(row.bias() * row.bias() + row.variance(), offset(1e-12));
      AccuracyRow one = r.find(row.estimator(), row.layer(), row.step(), 1);
      assertThat(row.variance()).isCloseTo(one.variance() / row.samples(), offset(1e-15));
      assertThat(row.cosine()).isBetween(-1.0, 1.0);
    }
    assertThat(r.find("reinforce", -1, 0, 1).relativeBias()).isLessThan(1e-12);
    assertThat(r.find("ste_identity", -1, 0, 4).variance()).isZero();
    assertThat(r.find("st", -1, 0, 1).relativeBias()).isGreaterThan(0.0);
    assertThat(r.find("concrete:0.5", -1, 0, 1).exactMoments()).isFalse();
    assertThat(r.find("st", -1, 20, 1).expectedLoss()).isLessThan(r.find("st", -1, 0, 1).expectedLoss());
  }

  @Test
  void withBernoulliWeightsReinforceStaysUnbiasedAndTheStatesCountTheWeights() {
    EstimatorAccuracyConfig c = new EstimatorAccuracyConfig(new int[] {2, 2, 2}, NoiseKind.LOGISTIC, 1.0, 3,
        new int[] {0, 10}, 0.1, new int[] {1}, 4, 0.5, 50, 3, true);
    EstimatorAccuracyResult r = EstimatorAccuracy.run(c, List.of(new StraightThrough(), new Reinforce(true),
        new DeterministicSte(false)));
    assertThat(r.find("reinforce", -1, 10, 1).relativeBias()).isLessThan(1e-12);
    assertThat(r.find("st", -1, 10, 1).relativeBias()).isGreaterThan(1e-6);
    assertThat(r.find("ste_identity", -1, 10, 1).variance()).isZero();
    assertThatThrownBy(() -> new EstimatorAccuracyConfig(new int[] {4, 4, 3}, NoiseKind.LOGISTIC, 1.0, 3,
        new int[] {0}, 0.1, new int[] {1}, 4, 0.5, 50, 3, true)).hasMessageContaining("32 binary variables");
  }

  @Test
  void sameSeedGivesTheSameResultForAnyThreadCount() {
    int keep = Parallel.threads();
    try {
      Parallel.setThreads(1);
      EstimatorAccuracyResult a = EstimatorAccuracy.run(tiny(2));
      Parallel.setThreads(3);
      EstimatorAccuracyResult b = EstimatorAccuracy.run(tiny(2));
      assertThat(b.rows()).isEqualTo(a.rows());
    } finally {
      Parallel.setThreads(keep);
    }
  }

  @Test
  void withUniformNoiseStAndHardStAreTheSameEstimatorAndGetTheSameDraws() {
    EstimatorAccuracyConfig c = new EstimatorAccuracyConfig(new int[] {4, 3, 3, 3}, NoiseKind.UNIFORM, 1.0, 4,
        new int[] {0, 20}, 0.1, new int[] {1, 4}, 8, 0.5, 200, 3);
    EstimatorAccuracyResult r = EstimatorAccuracy.run(c);
    for (int layer = -1; layer < 3; layer++) {
      for (int n : new int[] {1, 4}) {
        AccuracyRow st = r.find("st", layer, 20, n);
        AccuracyRow hard = r.find("hard_st", layer, 20, n);
        assertThat(hard.bias()).isEqualTo(st.bias());
        assertThat(hard.variance()).isEqualTo(st.variance());
        assertThat(hard.cosine()).isEqualTo(st.cosine());
      }
    }
  }

  @Test
  void impossibleConfigurationsAreRefused() {
    assertThatThrownBy(() -> new EstimatorAccuracyConfig(new int[] {4, 3}, NoiseKind.LOGISTIC, 1.0, 4,
        new int[] {0}, 0.1, new int[] {1}, 8, 0.5, 200, 1)).hasMessageContaining("hidden layer");
    assertThatThrownBy(() -> new EstimatorAccuracyConfig(new int[] {4, 3, 3}, NoiseKind.LOGISTIC, 1.0, 4,
        new int[] {5, 2}, 0.1, new int[] {1}, 8, 0.5, 200, 1)).hasMessageContaining("strictly increasing");
  }
}
