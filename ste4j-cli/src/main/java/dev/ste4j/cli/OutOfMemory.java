package dev.ste4j.cli;

import java.util.Locale;

/**
 * The one line shown when the Java heap runs out: what was being done and how to give the JVM more memory. Such a
 * failure exits with {@link #EXIT}, like any other failure of the environment, without a stack trace (a trace of an
 * allocation says nothing a user can act on).
 */
public final class OutOfMemory {

  /** The exit code of a command that ran out of memory. */
  public static final int EXIT = 1;

  private OutOfMemory() {}

  /** {@code out of memory while DOING (…); give Java more memory with STE_JAVA_OPTS=-Xmx…}, without "ste: ". */
  public static String message(String doing) {
    long max = Runtime.getRuntime().maxMemory();
    String limit = max == Long.MAX_VALUE ? "" : " (the Java heap is limited to " + mebibytes(max) + ")";
    return "out of memory while " + doing + limit + "; give Java more memory with STE_JAVA_OPTS=-Xmx"
        + suggestedGigabytes(max) + "g (the ste launcher passes STE_JAVA_OPTS to java), or make the work smaller";
  }

  /** Twice the present limit, in whole GiB, at least 2. */
  static long suggestedGigabytes(long maxBytes) {
    long gib = 1L << 30;
    if (maxBytes == Long.MAX_VALUE) {
      return 2;
    }
    return Math.max(2, (2 * maxBytes + gib - 1) / gib);
  }

  private static String mebibytes(long bytes) {
    return String.format(Locale.ROOT, "%d MiB", bytes >> 20);
  }
}
