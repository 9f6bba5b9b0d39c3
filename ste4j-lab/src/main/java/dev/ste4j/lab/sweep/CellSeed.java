package dev.ste4j.lab.sweep;

import dev.ste4j.tensor.random.Rng;

/** The random source of a cell: split from the run seed by the cell's coordinates, so it is the cell's alone. */
public final class CellSeed {

  private CellSeed() {}

  /** {@code new Rng(runSeed).split(coordinates)}: the same for the same coordinates, whoever asks and when. */
  public static Rng source(long runSeed, long... coordinates) {
    return new Rng(runSeed).split(coordinates);
  }
}
