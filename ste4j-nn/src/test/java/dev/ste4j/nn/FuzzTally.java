package dev.ste4j.nn;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The tally of one reader's fuzz run — correct loads, documented errors, anything else — and the most bytes one case
 * allocated (the JVM's per-thread count), so that a lying header that sizes a huge array shows even when the heap
 * could hold it. {@link #summary()} is the line docs/RELIABILITY.md quotes; the case count of every fuzz test is
 * {@code -Dste4j.fuzz.cases=N}.
 */
public final class FuzzTally {

  private final String reader;
  private final String documentedError;
  private int loaded;
  private int rejected;
  private final List<String> other = new ArrayList<>();
  private long maxAllocated;
  private long before;

  public FuzzTally(String reader, String documentedError) {
    this.reader = reader;
    this.documentedError = documentedError;
  }

  /** Cases per reader: {@code -Dste4j.fuzz.cases}, else {@code fallback} (what CI runs). */
  public static int cases(int fallback) {
    return Integer.getInteger("ste4j.fuzz.cases", fallback);
  }

  /** Bytes allocated so far by the current thread. */
  public static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  /** Marks the start of a case, for {@link #endCase()}. */
  public void startCase() {
    before = allocatedBytes();
  }

  /** Records what the case since {@link #startCase()} allocated. */
  public void endCase() {
    maxAllocated = Math.max(maxAllocated, allocatedBytes() - before);
  }

  /** One case's load: null when it loaded as it should, else what is wrong with what it loaded. */
  @FunctionalInterface
  public interface Load {
    String run() throws Exception;
  }

  /**
   * Runs and counts one case: a load that returns null is loaded, one that returns a reason is other; a thrown
   * {@code documented} error is rejected when {@code namesFile} accepts it, else other; anything else thrown is other.
   * What the case allocated is recorded.
   */
  public <E extends Throwable> void attempt(int c, Class<E> documented, Predicate<E> namesFile, Load load) {
    startCase();
    try {
      String wrong = load.run();
      if (wrong == null) {
        loaded();
      } else {
        other(c, wrong);
      }
    } catch (Throwable t) {
      if (documented.isInstance(t) && namesFile.test(documented.cast(t))) {
        rejected();
      } else if (documented.isInstance(t)) {
        other(c, documented.getSimpleName() + " not naming the file: " + t.getMessage());
      } else {
        other(c, t.toString());
      }
    }
    endCase();
  }

  /** One case's check, given the case number; it ends in {@link #loaded}, {@link #rejected} or {@link #other}. */
  @FunctionalInterface
  public interface Case {
    void run(int c) throws Exception;
  }

  /** Runs case c: anything it throws counts as other, and what it allocates counts toward the most. */
  public void check(int c, Case check) {
    startCase();
    try {
      check.run(c);
    } catch (Throwable t) {
      other(c, t.toString());
    }
    endCase();
  }

  public void loaded() {
    loaded++;
  }

  public void rejected() {
    rejected++;
  }

  /** Records a case that ended neither in a correct load nor in the documented error. */
  public void other(int c, String what) {
    other.add("case " + c + ": " + what);
  }

  public int loadedCount() {
    return loaded;
  }

  public int rejectedCount() {
    return rejected;
  }

  public List<String> others() {
    return other;
  }

  public long maxAllocated() {
    return maxAllocated;
  }

  /** {@code fuzz READER N cases: L loaded, R rejected (ERROR), O other; at most K KiB allocated by one case}. */
  public String summary() {
    return String.format(Locale.ROOT,
        "fuzz %s %d cases: %d loaded, %d rejected (%s), %d other; at most %d KiB allocated by one case", reader,
        loaded + rejected + other.size(), loaded, rejected, documentedError, other.size(), maxAllocated >> 10);
  }
}
