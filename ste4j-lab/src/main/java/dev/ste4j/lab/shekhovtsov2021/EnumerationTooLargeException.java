package dev.ste4j.lab.shekhovtsov2021;

/**
 * An exact enumeration larger than {@link EnumerationLimit#maxStates()}: refused before it starts. The message says
 * how to raise the limit from Java; {@link #describe(String)} lets a caller name its own way (a command-line option).
 */
public final class EnumerationTooLargeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private final int bits;
  private final long limit;

  EnumerationTooLargeException(int bits, long limit) {
    super(text(bits, limit, "EnumerationLimit.setMaxStates(" + (1L << Math.min(bits, 62)) + ")"));
    this.bits = bits;
    this.limit = limit;
  }

  /** The binary variables enumerated: 2^bits states. */
  public int bits() {
    return bits;
  }

  /** The states the enumeration would visit. */
  public long states() {
    return 1L << Math.min(bits, 62);
  }

  /** The message with {@code howToRaise} (e.g. "--max-states 268435456") as the way to allow it. */
  public String describe(String howToRaise) {
    return text(bits, limit, howToRaise);
  }

  private static String text(int bits, long limit, String howToRaise) {
    long states = 1L << Math.min(bits, 62);
    return "exact enumeration of 2^" + bits + " states (" + bits + " binary units) would take "
        + EnumerationLimit.estimate(states) + " (2^20 states take about 2 s on a 2-core machine); the limit is "
        + EnumerationLimit.states(limit) + " states; to run it anyway, raise the limit with " + howToRaise;
  }
}
