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

/** The latent-weight study run as a sweep gives, bit for bit, what the loop it replaced gave (timings aside). */
class LatentStudySweepTest {

  private static final LabeledData TRAIN = SyntheticTask.generate(400, 8, 3, 1, 2);
  private static final LabeledData TEST = SyntheticTask.generate(120, 8, 3, 1, 3);

  static LatentStudyConfig small(long seed) {
    return new LatentStudyConfig(new int[] {12, 6}, List.of(LatentRule.values()), new double[] {20, 80, 5},
        new double[] {0.25, 1, 4}, 0.1, 2, 25, 1.0, 0.2, 3, 2, 80, 200, 1, 300, 100, seed);
  }

  private static void assertSameResult(LatentStudyResult got, LatentStudyResult expected) {
    // Bitwise: Double.compare tells every double apart (and NaN equals NaN); the wall times are timings.
    assertThat(got).usingRecursiveComparison().withComparatorForType(Double::compare, Double.class)
        .ignoringFieldsMatchingRegexes(".*seconds").isEqualTo(expected);
  }

  @Test
  void theStudyEqualsTheLoopItReplaced() {
    LatentStudyResult loop = directLoop(small(6), TRAIN, TEST);
    LatentStudyResult study = LatentStudy.run(small(6), TRAIN, TEST);
    assertSameResult(study, loop);
    assertThat(study.runs()).hasSize(3 * 2);
    assertThat(study.runs().get(0).curve().get(1).weights().uncertaintyHistogram())
        .isEqualTo(loop.runs().get(0).curve().get(1).weights().uncertaintyHistogram());
  }

  @Test
  void aCopyOfTheSweepOnThreeThreadsGivesTheSameCells() throws Exception {
    LatentStudySweep sweep = new LatentStudySweep(small(2), () -> new LabeledData[] {
        SyntheticTask.generate(400, 8, 3, 1, 2), SyntheticTask.generate(120, 8, 3, 1, 3)});
    assertThat(sweep.cells()).hasSize(3 * 3 + 3 * 2);
    LatentStudySweep copy = SerializedCopy.of(sweep);
    // A training cell alone in the copy: it runs its rule's validation cells itself.
    LatentStudySweep.Outcome last = copy.run(copy.cells().get(copy.cells().size() - 1));
    LatentStudyResult loop = directLoop(small(2), TRAIN, TEST);
    assertThat(last.run()).usingRecursiveComparison().withComparatorForType(Double::compare, Double.class)
        .ignoringFieldsMatchingRegexes(".*seconds")
        .isEqualTo(loop.runs().get(loop.runs().size() - 1));
    List<LatentStudySweep.Outcome> all = SweepResults.run(copy, new LocalEngine(3), null);
    assertSameResult(copy.result(all, 0), loop);
  }

  /** The study's loop before it became a sweep, kept as the reference. */
  static LatentStudyResult directLoop(LatentStudyConfig c, LabeledData train, LabeledData test) {
    long t0 = System.nanoTime();
    List<LatentStudy.SweepRow> sweep = sweep(c, train);
    double[] chosen = new double[c.rules().size()];
    for (int r = 0; r < chosen.length; r++) {
      LatentStudy.SweepRow best = null;
      for (LatentStudy.SweepRow row : sweep) {
        if (row.rule().equals(c.rules().get(r).id()) && Double.isFinite(row.validationAccuracy())
            && (best == null || row.validationAccuracy() > best.validationAccuracy())) {
          best = row;
        }
      }
      if (best == null) {
        throw new IllegalStateException("every step size of rule " + c.rules().get(r).id() + " diverged in the sweep");
      }
      chosen[r] = best.rate();
    }

    LabeledData tr = c.trainLimit() > 0 ? train.head(c.trainLimit()) : train;
    LabeledData te = c.testLimit() > 0 ? test.head(c.testLimit()) : test;
    double[] mean = LatentWeightTraining.featureMeans(tr);
    double[][] xs = LatentWeightTraining.centered(tr, mean);
    double[][] ts = LatentWeightTraining.centered(te, mean);
    int[] widths = LatentWeightTraining.widths(c.hidden(), tr);
    int jobs = c.rules().size() * c.seeds();
    LatentStudy.Run[] runs = new LatentStudy.Run[jobs];
    Parallel.forRange(jobs, 1, (from, to) -> {
      for (int j = from; j < to; j++) {
        int r = j / c.seeds();
        long seed = c.seed() + j % c.seeds();
        LatentRule rule = c.rules().get(r);
        long s0 = System.nanoTime();
        List<EpochRow> curve = LatentWeightTraining.train(c.training(rule, chosen[r], seed), rule, chosen[r], widths,
            xs, tr.labels(), ts, te.labels(), new Rng(seed), false);
        runs[j] = new LatentStudy.Run(rule.id(), seed, chosen[r], curve, (System.nanoTime() - s0) / 1e9);
      }
    });
    return new LatentStudyResult(c, train.name(), tr.rows(), te.rows(), sweep, chosen, List.of(runs),
        (System.nanoTime() - t0) / 1e9);
  }

  /** Every rule × candidate rate, trained on the sweep rows and scored on the held-out last rows. */
  private static List<LatentStudy.SweepRow> sweep(LatentStudyConfig c, LabeledData train) {
    int fit = train.rows() - c.validation();
    LabeledData sweepTrain = train.head(Math.min(fit, c.sweepTrain()));
    LabeledData held = train.tail(c.validation());
    double[] mean = LatentWeightTraining.featureMeans(sweepTrain);
    double[][] xs = LatentWeightTraining.centered(sweepTrain, mean);
    double[][] vs = LatentWeightTraining.centered(held, mean);
    int[] widths = LatentWeightTraining.widths(c.hidden(), sweepTrain);
    int m = c.multipliers().length;
    int jobs = c.rules().size() * m;
    LatentStudy.SweepRow[] rows = new LatentStudy.SweepRow[jobs];
    Parallel.forRange(jobs, 1, (from, to) -> {
      for (int j = from; j < to; j++) {
        LatentRule rule = c.rules().get(j / m);
        double rate = c.candidates(j / m)[j % m];
        LatentWeightConfig one = new LatentWeightConfig(c.hidden(), List.of(rule), new double[] {rate},
            c.biasLearningRate(), c.sweepEpochs(), c.batchSize(), c.gain(), c.initSpread(), 1, 0, 0, c.seed());
        long s0 = System.nanoTime();
        double accuracy;
        try {
          List<EpochRow> curve = LatentWeightTraining.train(one, rule, rate, widths, xs, sweepTrain.labels(), vs,
              held.labels(), new Rng(c.seed()), false);
          accuracy = curve.get(curve.size() - 1).deterministicAccuracy();
        } catch (IllegalStateException diverged) {
          accuracy = Double.NaN; // a rate that diverges is not a candidate
        }
        rows[j] = new LatentStudy.SweepRow(rule.id(), rate, accuracy, (System.nanoTime() - s0) / 1e9);
      }
    });
    return new ArrayList<>(List.of(rows));
  }
}
