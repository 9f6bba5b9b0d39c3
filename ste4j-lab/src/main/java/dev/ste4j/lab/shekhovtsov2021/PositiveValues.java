package dev.ste4j.lab.shekhovtsov2021;

import java.util.Arrays;
import java.util.List;

/**
 * The checks the latent-weight configs share: step sizes and multipliers are positive and finite, one per rule.
 */
final class PositiveValues {

  private PositiveValues() {}

  /** Throws, naming {@code what} and the values, unless every value is positive and finite. */
  static void require(String what, double[] values) {
    for (double v : values) {
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException(what + " must be positive, got " + Arrays.toString(values));
      }
    }
  }

  /** Throws unless there are rules, one positive finite rate ({@code what}) per rule. */
  static void requireOnePerRule(List<LatentRule> rules, String what, double[] rates) {
    if (rules.isEmpty() || rules.size() != rates.length) {
      throw new IllegalArgumentException("need one " + what + " per rule, got " + rules.size() + " rules and "
          + rates.length + " rates");
    }
    require(what + "s", rates);
  }
}
