package dev.ste4j.lab.shekhovtsov2021;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress lines of a long exact enumeration (more than {@link #SHOWN_ABOVE} states in all): one line per tenth of
 * the parts done, on the writer set by {@link #printTo} (the command line sets stderr; a library user gets none
 * unless asked). An enumeration splits into independent parts ({@link StateOrder#splitBits()}) of equal size, so
 * parts done is a fair measure of the work done.
 */
public final class EnumerationProgress {

  /** Enumerations of at most this many states in all print nothing: they take seconds. */
  public static final long SHOWN_ABOVE = 1L << 22;

  private static volatile PrintWriter sink;
  private static volatile long shownAbove = SHOWN_ABOVE;

  private final String what;
  private final int parts;
  private final long startNanos = System.nanoTime();
  private int done;
  private int tenthsShown;
  private final PrintWriter out;

  private EnumerationProgress(String what, int parts, PrintWriter out) {
    this.what = what;
    this.parts = parts;
    this.out = out;
  }

  /** Where progress lines go (null for nowhere), for enumerations of more than {@link #SHOWN_ABOVE} states. */
  public static void printTo(PrintWriter writer) {
    printTo(writer, SHOWN_ABOVE);
  }

  /** Where progress lines go (null for nowhere), for enumerations of more than {@code states} states in all. */
  public static void printTo(PrintWriter writer, long states) {
    sink = writer;
    shownAbove = states;
  }

  /** Progress of an enumeration of {@code bits} binary variables per example over {@code parts} equal parts. */
  static EnumerationProgress start(String what, int bits, int examples, int parts) {
    double states = Math.scalb((double) examples, bits);
    PrintWriter out = sink;
    return new EnumerationProgress(what + " over " + (examples == 1 ? "" : examples + " × ") + "2^" + bits
        + " states", parts, states > shownAbove ? out : null);
  }

  /** One part done (any thread); prints a line when another tenth is complete. */
  void partDone() {
    if (out == null) {
      return;
    }
    synchronized (out) {
      int tenths = (int) (10L * ++done / parts);
      if (tenths > tenthsShown) {
        tenthsShown = tenths;
        out.printf(Locale.ROOT, "ste: %s: %d%% done (%.0f s)%n", what, 10 * tenths,
            (System.nanoTime() - startNanos) / 1e9);
        out.flush();
      }
    }
  }
}
