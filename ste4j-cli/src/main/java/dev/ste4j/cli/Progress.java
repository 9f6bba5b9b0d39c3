package dev.ste4j.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Progress of long work on stderr: steps done, steps per second, estimated time left, and a short message.
 *
 * <p>On a terminal ({@link #isTerminal()}) one line is rewritten in place at most ten times a second;
 * otherwise (a log file, CI) a full line is printed at most every ten seconds, so logs stay short. {@link #done()}
 * always prints the final line. A quiet progress prints nothing. {@link #step()} may be called from several threads.
 *
 * <pre>{@code
 * try (Progress p = Progress.start("training", steps)) {
 *   for (...) { ...; p.step("loss=" + loss); }
 * }
 * }</pre>
 *
 * The ETA is (total − done) / rate with the rate averaged since the start, which is steady for the uniform steps of
 * training and trials; with an unknown total ({@code total <= 0}) only the count and rate are shown.
 */
public final class Progress implements AutoCloseable {

  private static final long TERMINAL_INTERVAL_NANOS = 100_000_000L;
  private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;

  private final String task;
  private final long total;
  private final PrintStream out;
  private final boolean terminal;
  private final boolean quiet;
  private final LongSupplier clock;
  private final long startNanos;
  private final AtomicLong done = new AtomicLong();
  private volatile String message = "";
  private long lastPrintNanos;
  private int lastLineLength;
  private String lastLine = "";
  private boolean finished;

  /** Progress on stderr, rewriting one line when stderr is a terminal. */
  public static Progress start(String task, long total) {
    return new Progress(task, total, System.err, isTerminal(), false, System::nanoTime);
  }

  /** As {@link #start(String, long)}, printing nothing when {@code quiet}. */
  public static Progress start(String task, long total, boolean quiet) {
    return new Progress(task, total, System.err, isTerminal(), quiet, System::nanoTime);
  }

  /**
   * Whether the JVM talks to a terminal: {@code System.console() != null}, and on JDK 22 and later, where a console
   * may exist without a terminal, also {@code Console.isTerminal()} (called reflectively: it is not in JDK 17).
   */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /**
   * Full control, for tests and embedding.
   *
   * @param task     what is being done, shown first on the line
   * @param total    number of steps, or 0 or less when unknown
   * @param out      where to print
   * @param terminal rewrite one line in place (true) or print occasional full lines (false)
   * @param quiet    print nothing at all
   * @param clock    nanosecond clock
   */
  public Progress(String task, long total, PrintStream out, boolean terminal, boolean quiet, LongSupplier clock) {
    this.task = task;
    this.total = total;
    this.out = out;
    this.terminal = terminal;
    this.quiet = quiet;
    this.clock = clock;
    this.startNanos = clock.getAsLong();
    this.lastPrintNanos = startNanos;
  }

  /** One step done. */
  public void step() {
    advance(1);
  }

  /** {@code n} steps done. */
  public void advance(long n) {
    done.addAndGet(n);
    maybePrint();
  }

  /**
   * One step done, and the message that describes it: both change before the line is printed, so the count shown
   * is that of the step the message names (setting the message first would print it beside the previous count).
   */
  public void step(String text) {
    message = text == null ? "" : text;
    advance(1);
  }

  /** Sets the short message shown at the end of the line (e.g. the current loss). */
  public void message(String text) {
    message = text == null ? "" : text;
    maybePrint();
  }

  /** Steps done so far. */
  public long done() {
    return done.get();
  }

  private void maybePrint() {
    if (quiet) {
      return;
    }
    long now = clock.getAsLong();
    synchronized (this) {
      if (finished || now - lastPrintNanos < (terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
        return;
      }
      lastPrintNanos = now;
      print(line(now), false);
    }
  }

  /** Prints the final line (once) and ends the display; later steps print nothing. */
  public synchronized void finish() {
    if (finished) {
      return;
    }
    finished = true;
    String line = line(clock.getAsLong());
    // In a log, a final line identical to the one just printed is noise.
    if (!quiet && (terminal || !line.equals(lastLine))) {
      print(line, true);
    }
  }

  /** Same as {@link #finish()}, for try-with-resources. */
  @Override
  public void close() {
    finish();
  }

  private void print(String line, boolean last) {
    lastLine = line;
    if (terminal) {
      // Pad over the previous line's tail; plain spaces work on every terminal, unlike ANSI erase codes.
      String padded = line.length() < lastLineLength ? line + " ".repeat(lastLineLength - line.length()) : line;
      lastLineLength = line.length();
      out.print("\r" + padded + (last ? System.lineSeparator() : ""));
    } else {
      out.println(line);
    }
    out.flush();
  }

  /** The status line at time {@code now}: task, count (and percentage), rate, elapsed or ETA, message. */
  String line(long now) {
    long n = done.get();
    double elapsed = (now - startNanos) / 1e9;
    double rate = elapsed > 0 ? n / elapsed : 0;
    StringBuilder sb = new StringBuilder(task).append("  ");
    if (total > 0) {
      sb.append(n).append('/').append(total)
          .append(String.format(Locale.ROOT, " (%.0f%%)", 100.0 * Math.min(n, total) / total));
    } else {
      sb.append(n);
    }
    sb.append(String.format(Locale.ROOT, "  %s steps/s", rate(rate)));
    if (finished || (total > 0 && n >= total)) {
      sb.append("  took ").append(duration(elapsed));
    } else if (total > 0 && rate > 0) {
      sb.append("  ETA ").append(duration((total - n) / rate));
    } else {
      sb.append("  elapsed ").append(duration(elapsed));
    }
    String m = message;
    if (!m.isEmpty()) {
      sb.append("  ").append(m);
    }
    return sb.toString();
  }

  private static String rate(double r) {
    return r >= 100 ? String.format(Locale.ROOT, "%.0f", r) : String.format(Locale.ROOT, "%.3g", r);
  }

  /** Seconds as {@code 42s}, {@code 3m07s} or {@code 2h05m}. */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
  }
}
