package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.lab.sweep.LocalEngine;
import dev.ste4j.lab.sweep.SerializedCopy;
import dev.ste4j.lab.sweep.SweepResults;
import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The latent-weight experiment run as a sweep of rules gives, bit for bit, what the loop it replaced gave. */
class LatentWeightSweepTest {

  private static LatentWeightConfig small(long seed) {
    return new LatentWeightConfig(new int[] {16}, List.of(LatentRule.values()), new double[] {20, 80, 5}, 0.1, 2,
        25, 1.0, 0.2, 3, 300, 100, seed);
  }

  private static LabeledData[] data() {
    return new LabeledData[] {SyntheticTask.generate(400, 8, 3, 1, 2), SyntheticTask.generate(150, 8, 3, 1, 3)};
  }

  private static void assertSame(Object got, Object expected) {
    // Bitwise: Double.compare tells every double apart (and NaN equals NaN); the wall times are timings.
    assertThat(got).usingRecursiveComparison().withComparatorForType(Double::compare, Double.class)
        .ignoringFieldsMatchingRegexes(".*seconds").isEqualTo(expected);
  }

  @Test
  void theExperimentAndACopyOfTheSweepEqualTheLoopTheyReplaced() throws Exception {
    LabeledData[] d = data();
    LatentWeightResult loop = directLoop(small(4), d[0], d[1]);
    assertThat(loop.rows()).hasSize(3 * 2);
    assertSame(LatentWeightTraining.run(small(4), d[0], d[1]), loop);
    LatentWeightSweep sweep = new LatentWeightSweep(small(4), LatentWeightSweepTest::data);
    LatentWeightSweep copy = SerializedCopy.of(sweep);
    assertSame(copy.result(SweepResults.run(copy, new LocalEngine(2), null)), loop);
  }

  /** The experiment's loop before it became a sweep, kept as the reference. */
  private static LatentWeightResult directLoop(LatentWeightConfig c, LabeledData train, LabeledData test) {
    LabeledData tr = c.trainLimit() > 0 ? train.head(c.trainLimit()) : train;
    LabeledData te = c.testLimit() > 0 ? test.head(c.testLimit()) : test;
    double[] mean = LatentWeightTraining.featureMeans(tr);
    double[][] xs = LatentWeightTraining.centered(tr, mean);
    double[][] ts = LatentWeightTraining.centered(te, mean);
    int[] widths = LatentWeightTraining.widths(c.hidden(), tr);
    Rng root = new Rng(c.seed());
    List<List<EpochRow>> perRule = new ArrayList<>();
    for (int r = 0; r < c.rules().size(); r++) {
      perRule.add(null);
    }
    Parallel.forRange(c.rules().size(), 1, (from, to) -> {
      for (int r = from; r < to; r++) {
        LatentRule rule = c.rules().get(r);
        perRule.set(r, LatentWeightTraining.train(c, rule, c.learningRate(rule), widths, xs, tr.labels(), ts, te.labels(), root, true));
      }
    });
    List<EpochRow> rows = new ArrayList<>();
    perRule.forEach(rows::addAll);
    return new LatentWeightResult(c, train.name(), test.name(), tr.rows(), te.rows(), rows);
  }
}
