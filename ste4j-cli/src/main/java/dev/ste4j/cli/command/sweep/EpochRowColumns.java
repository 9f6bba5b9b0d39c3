package dev.ste4j.cli.command.sweep;

import dev.ste4j.lab.shekhovtsov2021.EpochRow;
import dev.ste4j.lab.shekhovtsov2021.WeightStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A latent-weight learning curve in results columns: one column per figure, its per-epoch values space-separated
 * ({@link Double#toString}, so they read back to the same bits); each epoch's uncertainty histogram as its values
 * joined by {@code :}. Wall times are timings and are left out.
 */
final class EpochRowColumns {

  static final List<String> NAMES = List.of("curve_train_loss", "curve_deterministic_accuracy",
      "curve_ensemble_accuracy", "curve_mean_uncertainty", "curve_saturated_fraction", "curve_median_abs_eta",
      "curve_p90_abs_eta", "curve_mean_sgd_factor", "curve_uncertainty_histogram");

  private static final List<Function<EpochRow, Double>> VALUES = List.of(EpochRow::trainLoss,
      EpochRow::deterministicAccuracy, EpochRow::ensembleAccuracy, e -> e.weights().meanUncertainty(),
      e -> e.weights().saturatedFraction(), e -> e.weights().medianAbsEta(), e -> e.weights().p90AbsEta(),
      e -> e.weights().meanSgdFactor());

  private EpochRowColumns() {}

  /** The columns' values of {@code curve} (epochs 1, 2, …). */
  static List<Object> values(List<EpochRow> curve) {
    List<Object> row = new ArrayList<>();
    for (Function<EpochRow, Double> f : VALUES) {
      row.add(curve.stream().map(e -> Double.toString(f.apply(e))).collect(Collectors.joining(" ")));
    }
    row.add(curve.stream().map(e -> Arrays.stream(e.weights().uncertaintyHistogram()).mapToObj(Double::toString)
        .collect(Collectors.joining(":"))).collect(Collectors.joining(" ")));
    return row;
  }

  /** The curve of {@code rule} from {@code epochs} epochs in the columns from {@code at} on; wall times read as 0. */
  static List<EpochRow> parse(String rule, int epochs, List<String> row, int at) {
    String[][] v = new String[NAMES.size()][];
    for (int k = 0; k < v.length; k++) {
      v[k] = row.get(at + k).split(" ");
      if (v[k].length != epochs) {
        throw new IllegalArgumentException(NAMES.get(k) + " has " + v[k].length + " values for " + epochs
            + " epochs");
      }
    }
    List<EpochRow> curve = new ArrayList<>();
    for (int e = 0; e < epochs; e++) {
      double[] hist = Arrays.stream(v[8][e].split(":")).mapToDouble(Double::parseDouble).toArray();
      WeightStats w = new WeightStats(d(v[3][e]), d(v[4][e]), d(v[5][e]), d(v[6][e]), d(v[7][e]), hist);
      curve.add(new EpochRow(rule, e + 1, d(v[0][e]), d(v[1][e]), d(v[2][e]), w, 0));
    }
    return curve;
  }

  private static double d(String s) {
    return Double.parseDouble(s);
  }
}
