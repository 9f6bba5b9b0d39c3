package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.nn.quantizer.SteVariant;

/**
 * One Table 1 row's outcome under one root seed: what {@link SeedSpread} pools, whether the runs came from one
 * {@code table1 --seeds} command or from separate run folders (read back from their {@code table1.csv}).
 *
 * @param bits activation bits
 * @param ste the STE
 * @param rootSeed the root seed of the table the row belongs to
 * @param testAccuracy final test accuracy, in [0, 1]
 * @param trainLoss final training loss
 */
public record SeedOutcome(int bits, SteVariant ste, long rootSeed, double testAccuracy, double trainLoss) {

  /** Every row of a result, under its root seed. */
  public static java.util.List<SeedOutcome> of(Table1Result r) {
    return r.rows().stream().map(row -> new SeedOutcome(row.bits(), row.ste(), r.config().seed(),
        row.run().testAccuracy(), row.run().finalTrainLoss())).toList();
  }
}
