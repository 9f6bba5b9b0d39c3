package dev.ste4j.lab.jeong2025;

import java.util.List;
import java.util.function.Predicate;

/** Looks up one cell of an experiment's result by its grid coordinates. */
final class Cells {

  private Cells() {}

  /** The first cell that is {@code at} the coordinates; {@code where} names them in the error when none is. */
  static <C> C find(List<C> cells, Predicate<C> at, String where) {
    for (C c : cells) {
      if (at.test(c)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no cell at " + where);
  }
}
