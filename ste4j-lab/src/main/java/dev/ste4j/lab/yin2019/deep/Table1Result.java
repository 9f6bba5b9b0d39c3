package dev.ste4j.lab.yin2019.deep;

import java.util.List;

/**
 * The outcome of {@link Table1Experiment}: the float network it started from and one row per bits × STE.
 *
 * @param config what ran
 * @param floatNetwork the pre-training of the float network (ReLU activations)
 * @param rows one per bits × STE, bits outer, STE inner, in the config's order
 * @param trainSize training samples used
 * @param testSize evaluation samples used
 */
public record Table1Result(Table1Config config, RunCurve floatNetwork, List<Table1Row> rows, int trainSize,
                           int testSize) {

  public Table1Result {
    rows = List.copyOf(rows);
  }

  /** The same result with every wall time set to 0, for comparing runs. */
  public Table1Result withoutTime() {
    return new Table1Result(config, floatNetwork.withoutTime(),
        rows.stream().map(r -> new Table1Row(r.bits(), r.ste(), r.alpha(), r.run().withoutTime())).toList(),
        trainSize, testSize);
  }
}
