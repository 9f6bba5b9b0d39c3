package dev.ste4j.lab.shekhovtsov2021;

import java.util.List;

/** Learning curves of every rule, on the named training and test data. */
public record LatentWeightResult(LatentWeightConfig config, String trainData, String testData, int trainRows,
    int testRows, List<EpochRow> rows) {

  /** The last epoch's row of a rule. */
  public EpochRow last(LatentRule rule) {
    EpochRow best = null;
    for (EpochRow r : rows) {
      if (r.rule().equals(rule.id()) && (best == null || r.epoch() > best.epoch())) {
        best = r;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no rows for rule " + rule.id());
    }
    return best;
  }
}
