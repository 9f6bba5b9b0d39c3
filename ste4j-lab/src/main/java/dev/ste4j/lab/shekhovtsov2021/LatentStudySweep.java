package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.lab.sweep.SharedInput;
import dev.ste4j.tensor.random.Rng;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The latent-weight study ({@link LatentStudy}) on one data set as a sweep: first one cell per (rule, candidate rate)
 * of the validation sweep, then one per (rule, seed) of the training runs, each in the study's order.
 *
 * <p>A training cell trains with its rule's chosen rate, which depends on that rule's validation cells: they are the
 * cells' {@link SharedInput}, each a pure function of the configuration and its coordinates, run at most once per
 * process (a validation cell and the training cells of its rule share it). So every cell is a pure function of the
 * configuration, the data and its coordinates. Validation cells are scheduled first, so in one process the training
 * cells find the rates chosen.
 */
public final class LatentStudySweep extends ImageDataSweep<LatentStudySweep.Cell, LatentStudySweep.Outcome> {

  private static final long serialVersionUID = 1L;

  /** Where the cells get {train, test}: in another process, again from its source. */
  @FunctionalInterface
  public interface DataSource extends Serializable {
    LabeledData[] load();
  }

  /** A validation cell (rule index, multiplier index) or a training cell (rule index, seed offset). */
  public record Cell(boolean validation, int rule, int index) implements Serializable {}

  /** A validation cell's row or a training cell's run (the other is null). */
  public record Outcome(LatentStudy.SweepRow validation, LatentStudy.Run run) implements Serializable {}

  /** The centered features, labels and widths of the validation sweep and of the training runs. */
  record Prepared(int fitRows, double[][] sweepXs, int[] sweepYs, double[][] heldXs, int[] heldYs, int[] sweepWidths,
                  String name, int trainRows, int testRows, double[][] xs, int[] ys, double[][] ts, int[] tys,
                  int[] widths) {}

  private final LatentStudyConfig config;
  private final SharedInput<Integer, Prepared> prepared = new SharedInput<>();
  private final SharedInput<Integer, LatentStudy.SweepRow> validations = new SharedInput<>();

  public LatentStudySweep(LatentStudyConfig config, DataSource source) {
    super(studyCells(config), new LatentSweepData(source, config.validation()), config.toMap(), config.seed());
    this.config = config;
  }

  /** Validation cells (rule, multiplier), then training cells (rule, seed offset). */
  private static List<Cell> studyCells(LatentStudyConfig config) {
    List<Cell> all = new ArrayList<>();
    for (int r = 0; r < config.rules().size(); r++) {
      for (int k = 0; k < config.multipliers().length; k++) {
        all.add(new Cell(true, r, k));
      }
    }
    for (int r = 0; r < config.rules().size(); r++) {
      for (int i = 0; i < config.seeds(); i++) {
        all.add(new Cell(false, r, i));
      }
    }
    return all;
  }

  /** The sweep of {@link LatentStudy#run} in this process, on data already read. */
  static LatentStudySweep inProcess(LatentStudyConfig c, LabeledData train, LabeledData test) {
    LatentStudySweep s = new LatentStudySweep(c, () -> {
      throw new IllegalStateException("the in-process latent study has its data and no source");
    });
    s.giveData(train, test);
    return s;
  }

  public LatentStudyConfig config() {
    return config;
  }

  @Override
  public Outcome run(Cell cell) {
    if (cell.validation()) {
      return new Outcome(validation(cell.rule(), cell.index()), null);
    }
    Prepared p = prepared();
    int r = cell.rule();
    double rate = chosenRate(r);
    long seed = config.seed() + cell.index();
    LatentRule rule = config.rules().get(r);
    long s0 = System.nanoTime();
    List<EpochRow> curve = LatentWeightTraining.train(config.training(rule, rate, seed), rule, rate, p.widths(),
        p.xs(), p.ys(), p.ts(), p.tys(), new Rng(seed), false);
    return new Outcome(null, new LatentStudy.Run(rule.id(), seed, rate, curve, (System.nanoTime() - s0) / 1e9));
  }

  /** Validation cells first: the training cells need their rule's. */
  @Override
  public long cost(Cell cell) {
    return cell.validation() ? 2 : 1;
  }

  /** The rate of rule r with the best held-out accuracy (the smaller on a tie); fails when every rate diverged. */
  double chosenRate(int r) {
    LatentStudy.SweepRow best = null;
    for (int k = 0; k < config.multipliers().length; k++) {
      LatentStudy.SweepRow row = validation(r, k);
      if (Double.isFinite(row.validationAccuracy()) && (best == null
          || row.validationAccuracy() > best.validationAccuracy())) {
        best = row;
      }
    }
    if (best == null) {
      throw new IllegalStateException("every step size of rule " + config.rules().get(r).id()
          + " diverged in the sweep");
    }
    return best.rate();
  }

  private LatentStudy.SweepRow validation(int r, int k) {
    return validations.get(r * config.multipliers().length + k, j -> validate(r, k));
  }

  /** One candidate rate trained on the sweep rows and scored on the held-out rows. */
  private LatentStudy.SweepRow validate(int r, int k) {
    Prepared p = prepared();
    LatentStudyConfig c = config;
    LatentRule rule = c.rules().get(r);
    double rate = c.candidates(r)[k];
    LatentWeightConfig one = new LatentWeightConfig(c.hidden(), List.of(rule), new double[] {rate},
        c.biasLearningRate(), c.sweepEpochs(), c.batchSize(), c.gain(), c.initSpread(), 1, 0, 0, c.seed());
    long s0 = System.nanoTime();
    double accuracy;
    try {
      List<EpochRow> curve = LatentWeightTraining.train(one, rule, rate, p.sweepWidths(), p.sweepXs(), p.sweepYs(),
          p.heldXs(), p.heldYs(), new Rng(c.seed()), false);
      accuracy = curve.get(curve.size() - 1).deterministicAccuracy();
    } catch (IllegalStateException diverged) {
      accuracy = Double.NaN; // a rate that diverges is not a candidate
    }
    return new LatentStudy.SweepRow(rule.id(), rate, accuracy, (System.nanoTime() - s0) / 1e9);
  }

  private Prepared prepared() {
    return prepared.get(0, k -> prepare());
  }

  private Prepared prepare() {
    LabeledData train = data()[0];
    LabeledData test = data()[1];
    LatentStudyConfig c = config;
    int fit = train.rows() - c.validation();
    LabeledData sweepTrain = train.head(Math.min(fit, c.sweepTrain()));
    LabeledData held = train.tail(c.validation());
    double[] sweepMean = LatentWeightTraining.featureMeans(sweepTrain);
    LabeledData tr = c.trainLimit() > 0 ? train.head(c.trainLimit()) : train;
    LabeledData te = c.testLimit() > 0 ? test.head(c.testLimit()) : test;
    double[] mean = LatentWeightTraining.featureMeans(tr);
    return new Prepared(fit, LatentWeightTraining.centered(sweepTrain, sweepMean), sweepTrain.labels(),
        LatentWeightTraining.centered(held, sweepMean), held.labels(),
        LatentWeightTraining.widths(c.hidden(), sweepTrain), train.name(), tr.rows(), te.rows(),
        LatentWeightTraining.centered(tr, mean), tr.labels(), LatentWeightTraining.centered(te, mean), te.labels(),
        LatentWeightTraining.widths(c.hidden(), tr));
  }

  /** The study's result from all results in cell order; {@code seconds} is its wall time. */
  public LatentStudyResult result(List<Outcome> results, double seconds) {
    if (results.size() != cells().size()) {
      throw new IllegalArgumentException(results.size() + " results for " + cells().size() + " cells");
    }
    List<LatentStudy.SweepRow> sweep = new ArrayList<>();
    List<LatentStudy.Run> runs = new ArrayList<>();
    for (Outcome o : results) {
      if (o.validation() != null) {
        sweep.add(o.validation());
      } else {
        runs.add(o.run());
      }
    }
    double[] chosen = new double[config.rules().size()];
    for (int r = 0; r < chosen.length; r++) {
      chosen[r] = runs.get(r * config.seeds()).rate();
    }
    Prepared p = prepared();
    return new LatentStudyResult(config, p.name(), p.trainRows(), p.testRows(), sweep, chosen, runs, seconds);
  }
}
