package dev.ste4j.lab.shekhovtsov2021;

import java.util.Arrays;

/** The check the latent-weight configs share: step sizes and multipliers are positive and finite. */
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
}
