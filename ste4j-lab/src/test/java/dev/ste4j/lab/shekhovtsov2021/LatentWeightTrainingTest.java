package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.tensor.kernel.Parallel;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatentWeightTrainingTest {

  static LatentWeightConfig small(long seed) {
    return new LatentWeightConfig(new int[] {32}, List.of(LatentRule.values()), new double[] {20, 80, 5}, 0.1, 4,
        25, 1.0, 0.2, 4, 0, 0, seed);
  }

  @Test
  void everyRuleLearnsASyntheticTaskWellAboveChance() {
    LabeledData train = SyntheticTask.generate(1200, 10, 3, 1, 2);
    LabeledData test = SyntheticTask.generate(400, 10, 3, 1, 3);
    int[] counts = new int[3];
    for (int y : test.labels()) {
      counts[y]++;
    }
    double majority = (double) java.util.Arrays.stream(counts).max().orElseThrow() / test.rows();
    LatentWeightResult r = LatentWeightTraining.run(small(1), train, test);
    assertThat(r.rows()).hasSize(3 * 4);
    for (LatentRule rule : LatentRule.values()) {
      EpochRow last = r.last(rule);
      assertThat(last.deterministicAccuracy()).as(rule.id()).isGreaterThan(majority + 0.15);
      assertThat(last.ensembleAccuracy()).as(rule.id()).isGreaterThan(majority + 0.1);
      assertThat(last.meanUncertainty()).as(rule.id()).isLessThan(0.3); // started at 0.4 on average
    }
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    LabeledData train = SyntheticTask.generate(300, 6, 3, 4, 5);
    LabeledData test = SyntheticTask.generate(100, 6, 3, 4, 6);
    int keep = Parallel.threads();
    try {
      Parallel.setThreads(1);
      List<EpochRow> a = LatentWeightTraining.run(small(2), train, test).rows();
      Parallel.setThreads(3);
      List<EpochRow> b = LatentWeightTraining.run(small(2), train, test).rows();
      for (int k = 0; k < a.size(); k++) {
        assertThat(b.get(k).trainLoss()).isEqualTo(a.get(k).trainLoss());
        assertThat(b.get(k).ensembleAccuracy()).isEqualTo(a.get(k).ensembleAccuracy());
        assertThat(b.get(k).deterministicAccuracy()).isEqualTo(a.get(k).deterministicAccuracy());
      }
    } finally {
      Parallel.setThreads(keep);
    }
  }

  @Test
  void mismatchedDataAndBadConfigurationsAreRefused() {
    LabeledData a = SyntheticTask.generate(10, 6, 3, 4, 5);
    LabeledData b = SyntheticTask.generate(10, 5, 3, 4, 5);
    assertThatThrownBy(() -> LatentWeightTraining.run(small(1), a, b)).hasMessageContaining("6 vs 5 features");
    assertThatThrownBy(() -> new LatentWeightConfig(new int[] {8}, List.of(LatentRule.MIRROR_DESCENT),
        new double[] {1, 2}, 0.1, 1, 1, 1.0, 0.2, 1, 0, 0, 1)).hasMessageContaining("one learning rate per rule");
    assertThatThrownBy(() -> new LabeledData("d", new float[5], new int[2], 2, 3, 2))
        .hasMessageContaining("rows×dims");
  }
}
