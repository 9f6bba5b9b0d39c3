package dev.ste4j.lab.shekhovtsov2021;

import java.util.Locale;

/**
 * How many states one exact enumeration may visit. The time grows with the state count 2^n: measured on the 2-core
 * development machine, 2^20 states take about 2 s, so the default limit of 2^26 states is about two minutes and 2^30
 * about half an hour. A larger enumeration is refused before it starts, with the estimate, unless the limit is
 * raised ({@link #setMaxStates}; {@code --max-states} on the command line). {@link StateOrder#MAX_BITS} stays the
 * hard bound.
 */
public final class EnumerationLimit {

  /** The default limit: 2^26 states, about two minutes. */
  public static final long DEFAULT_MAX_STATES = 1L << 26;

  /** Measured cost of the exact gradient: 2^20 states in about 2 s. */
  static final double SECONDS_PER_STATE = 2.0 / (1 << 20);

  private static volatile long maxStates = DEFAULT_MAX_STATES;

  private EnumerationLimit() {}

  /** The present limit on states per enumeration. */
  public static long maxStates() {
    return maxStates;
  }

  /** Sets the limit on states per enumeration (at least 1). */
  public static void setMaxStates(long states) {
    if (states < 1) {
      throw new IllegalArgumentException("the state limit must be at least 1, got " + states);
    }
    maxStates = states;
  }

  /**
   * Refuses an enumeration of 2^bits states above the limit.
   *
   * @throws EnumerationTooLargeException naming the size, the estimated time and the limit
   */
  public static void check(int bits) {
    long states = bits >= 63 ? Long.MAX_VALUE : 1L << bits;
    if (states > maxStates) {
      throw new EnumerationTooLargeException(bits, maxStates);
    }
  }

  /** The estimated wall time of an enumeration of {@code states} states, e.g. "about 9 minutes". */
  public static String estimate(long states) {
    double s = states * SECONDS_PER_STATE;
    if (s < 90) {
      return String.format(Locale.ROOT, "about %.0f s", Math.max(1, s));
    }
    if (s < 90 * 60) {
      return String.format(Locale.ROOT, "about %.0f minutes", s / 60);
    }
    return String.format(Locale.ROOT, "about %.1f hours", s / 3600);
  }

  /** 2^k for a power of two, else the number. */
  static String states(long n) {
    return Long.bitCount(n) == 1 ? "2^" + Long.numberOfTrailingZeros(n) : Long.toString(n);
  }
}
