package dev.ste4j.cli.reproduce;

/**
 * How much work a reproduction does. {@link #QUICK} runs every paper's experiments on a small laptop in a few minutes
 * in total (about a minute per paper on two cores): fewer trials, smaller grids, shorter training. {@link #FULL} is the
 * papers' own scale.
 */
public enum Scale {
  QUICK,
  FULL;

  /** Picks the value for this scale: {@code quick} at QUICK, {@code full} at FULL. */
  public int pick(int quick, int full) {
    return this == QUICK ? quick : full;
  }

  /** Picks the value for this scale: {@code quick} at QUICK, {@code full} at FULL. */
  public double pick(double quick, double full) {
    return this == QUICK ? quick : full;
  }

  /** Lower-case name, as written in configurations and reports. */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
