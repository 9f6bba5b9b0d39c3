package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.lab.sweep.SharedInput;
import dev.ste4j.tensor.random.Rng;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The latent-weight experiment ({@link LatentWeightTraining}) as a sweep: one cell per rule, in the configuration's
 * order. Every rule starts from the same initial weight probabilities and data order (both split from the seed), and
 * draws its noise from the seed split by the rule, so a cell is a pure function of the configuration, the data and
 * its rule. The centered data are the cells' {@link SharedInput}.
 */
public final class LatentWeightSweep extends ImageDataSweep<Integer, LatentWeightSweep.Curve> {

  private static final long serialVersionUID = 1L;

  /** A rule's learning curve, one row per epoch. */
  public record Curve(List<EpochRow> rows) implements Serializable {
    public Curve {
      rows = List.copyOf(rows);
    }
  }

  /** The centered features of the rows used, and the network's widths. */
  record Prepared(String trainName, String testName, double[][] xs, int[] ys, double[][] ts, int[] tys,
                  int[] widths) {}

  private final LatentWeightConfig config;
  private final SharedInput<Integer, Prepared> prepared = new SharedInput<>();

  public LatentWeightSweep(LatentWeightConfig config, LatentStudySweep.DataSource source) {
    super(ruleIndices(config), new LatentSweepData(source, 0), config.toMap(), config.seed());
    this.config = config;
  }

  private static List<Integer> ruleIndices(LatentWeightConfig config) {
    List<Integer> all = new ArrayList<>();
    for (int r = 0; r < config.rules().size(); r++) {
      all.add(r);
    }
    return all;
  }

  public LatentWeightConfig config() {
    return config;
  }

  @Override
  public Curve run(Integer r) {
    Prepared p = prepared.get(0, k -> prepare());
    LatentRule rule = config.rules().get(r);
    return new Curve(LatentWeightTraining.train(config, rule, config.learningRate(rule), p.widths(), p.xs(), p.ys(),
        p.ts(), p.tys(), new Rng(config.seed()), true));
  }

  private Prepared prepare() {
    LabeledData train = data()[0];
    LabeledData test = data()[1];
    LabeledData tr = config.trainLimit() > 0 ? train.head(config.trainLimit()) : train;
    LabeledData te = config.testLimit() > 0 ? test.head(config.testLimit()) : test;
    double[] mean = LatentWeightTraining.featureMeans(tr);
    return new Prepared(train.name(), test.name(), LatentWeightTraining.centered(tr, mean), tr.labels(),
        LatentWeightTraining.centered(te, mean), te.labels(), LatentWeightTraining.widths(config.hidden(), tr));
  }

  /** The experiment's result from every rule's curve, in cell order. */
  public LatentWeightResult result(List<Curve> curves) {
    Prepared p = prepared.get(0, k -> prepare());
    List<EpochRow> rows = new ArrayList<>();
    curves.forEach(c -> rows.addAll(c.rows()));
    return new LatentWeightResult(config, p.trainName(), p.testName(), p.xs().length, p.ts().length, rows);
  }
}
