package dev.ste4j.cli.command.lab.shekhovtsov2021;

/**
 * What the enumeration timing measures, at each scale of {@code ste reproduce} (the quick one is also
 * {@code ste lab shekhovtsov2021 enumeration}'s default): the hidden-unit counts timed for the exact gradient, and the
 * largest for the ST expectation (one backward pass per state, so it stops earlier).
 *
 * @param sizes hidden-unit counts, each in 2..30 (every unit doubles the time; 2^30 states take half an hour)
 * @param stMax the largest count for the ST expectation timing
 */
public record EnumerationSizes(int[] sizes, int stMax) {

  public EnumerationSizes {
    sizes = sizes.clone();
    for (int n : sizes) {
      if (n < 2 || n > 30) {
        throw new IllegalArgumentException("--sizes must lie in 2..30 (2^30 states take half an hour), got " + n);
      }
    }
  }

  /** The quick scale: up to 20 units, the ST expectation up to 16. */
  public static EnumerationSizes quick() {
    return new EnumerationSizes(new int[] {8, 12, 16, 20}, 16);
  }

  /** The full scale: up to 24 units, the ST expectation up to 20. */
  public static EnumerationSizes full() {
    return new EnumerationSizes(new int[] {8, 12, 16, 20, 22, 24}, 20);
  }

  @Override
  public int[] sizes() {
    return sizes.clone();
  }
}
