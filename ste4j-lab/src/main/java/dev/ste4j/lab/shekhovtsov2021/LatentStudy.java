package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * The latent-weight study ({@link LatentStudyConfig}): a validation sweep picks each rule's step size by the same
 * procedure, then every rule trains from several seeds and is tested; the curves carry the weight diagnostic
 * ({@link WeightStats}) after every epoch.
 *
 * <p>Sweep runs and training runs are independent jobs run in parallel; each derives its random streams from its own
 * seed only, so the result does not depend on the thread count.
 */
public final class LatentStudy {

  private LatentStudy() {}

  /** One sweep point: a rule's candidate rate and its held-out deterministic accuracy. */
  public record SweepRow(String rule, double rate, double validationAccuracy, double seconds) {}

  /** One training run of a rule from one seed. */
  public record Run(String rule, long seed, double rate, List<EpochRow> curve, double seconds) {

    public EpochRow last() {
      return curve.get(curve.size() - 1);
    }
  }

  public static LatentStudyResult run(LatentStudyConfig c, LabeledData train, LabeledData test) {
    if (train.dims() != test.dims() || train.classes() != test.classes()) {
      throw new IllegalArgumentException("train and test data differ: " + train.dims() + " vs " + test.dims()
          + " features, " + train.classes() + " vs " + test.classes() + " classes");
    }
    if (c.validation() >= train.rows()) {
      throw new IllegalArgumentException("the validation split (" + c.validation() + " rows) leaves no training rows"
          + " of " + train.rows());
    }
    long t0 = System.nanoTime();
    List<SweepRow> sweep = sweep(c, train);
    double[] chosen = new double[c.rules().size()];
    for (int r = 0; r < chosen.length; r++) {
      SweepRow best = null;
      for (SweepRow row : sweep) {
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
    Run[] runs = new Run[jobs];
    Parallel.forRange(jobs, 1, (from, to) -> {
      for (int j = from; j < to; j++) {
        int r = j / c.seeds();
        long seed = c.seed() + j % c.seeds();
        LatentRule rule = c.rules().get(r);
        long s0 = System.nanoTime();
        List<EpochRow> curve = LatentWeightTraining.train(c.training(rule, chosen[r], seed), rule, chosen[r], widths,
            xs, tr.labels(), ts, te.labels(), new Rng(seed), false);
        runs[j] = new Run(rule.id(), seed, chosen[r], curve, (System.nanoTime() - s0) / 1e9);
      }
    });
    return new LatentStudyResult(c, train.name(), tr.rows(), te.rows(), sweep, chosen, List.of(runs),
        (System.nanoTime() - t0) / 1e9);
  }

  /** Every rule × candidate rate, trained on the sweep rows and scored on the held-out last rows. */
  private static List<SweepRow> sweep(LatentStudyConfig c, LabeledData train) {
    int fit = train.rows() - c.validation();
    LabeledData sweepTrain = train.head(Math.min(fit, c.sweepTrain()));
    LabeledData held = train.tail(c.validation());
    double[] mean = LatentWeightTraining.featureMeans(sweepTrain);
    double[][] xs = LatentWeightTraining.centered(sweepTrain, mean);
    double[][] vs = LatentWeightTraining.centered(held, mean);
    int[] widths = LatentWeightTraining.widths(c.hidden(), sweepTrain);
    int m = c.multipliers().length;
    int jobs = c.rules().size() * m;
    SweepRow[] rows = new SweepRow[jobs];
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
        rows[j] = new SweepRow(rule.id(), rate, accuracy, (System.nanoTime() - s0) / 1e9);
      }
    });
    return new ArrayList<>(List.of(rows));
  }
}
