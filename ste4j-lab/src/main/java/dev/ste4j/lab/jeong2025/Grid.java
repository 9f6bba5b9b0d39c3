package dev.ste4j.lab.jeong2025;

import java.util.ArrayList;
import java.util.List;

/** Integer grids for experiments, and their validation (with the trial count run at every cell). */
public final class Grid {

  private Grid() {}

  /**
   * Integers from {@code from} to at most {@code to} spaced geometrically with {@code perDoubling} points per doubling
   * (round(from·2^{i/perDoubling})), duplicates removed.
   */
  public static List<Integer> geometric(int from, int to, int perDoubling) {
    if (from < 1 || to < from || perDoubling < 1) {
      throw new IllegalArgumentException("geometric grid needs 1 <= from <= to and perDoubling >= 1, got from=" + from
          + " to=" + to + " perDoubling=" + perDoubling);
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; ; i++) {
      long x = Math.round(from * Math.pow(2.0, (double) i / perDoubling));
      if (x > to) {
        break;
      }
      if (out.isEmpty() || out.get(out.size() - 1) != x) {
        out.add((int) x);
      }
    }
    return List.copyOf(out);
  }

  /** Checks that a grid is non-empty, strictly increasing and at least {@code min}; names it in the message. */
  public static List<Integer> checked(String name, List<Integer> values, int min) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException(name + " must list at least one value");
    }
    for (int i = 0; i < values.size(); i++) {
      int v = values.get(i);
      if (v < min) {
        throw new IllegalArgumentException(name + " must be at least " + min + ", got " + v);
      }
      if (i > 0 && v <= values.get(i - 1)) {
        throw new IllegalArgumentException(name + " must be strictly increasing, got " + values);
      }
    }
    return List.copyOf(values);
  }

  /** Checks that a grid cell runs at least one trial. */
  public static void checkTrials(int trials) {
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be at least 1, got " + trials);
    }
  }
}
