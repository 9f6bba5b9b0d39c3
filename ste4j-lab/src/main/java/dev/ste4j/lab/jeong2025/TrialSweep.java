package dev.ste4j.lab.jeong2025;

import dev.ste4j.lab.sweep.Sweep;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid of independent recovery trials as a sweep: one cell per (setting, N, t), in the order setting, then N, then
 * t. A setting is what a grid varies besides the sample size N: the dimension n, the label-noise level s, or the
 * input distribution and normalisation. The trial sweeps differ only in their settings and in how a cell runs.
 *
 * @param <C> a cell: one trial's coordinates
 */
public abstract class TrialSweep<C extends Serializable> implements Sweep<C, TrialOutcome> {

  private static final long serialVersionUID = 1L;

  /** Makes the cell of trial {@code trial} at a setting and sample size. */
  @FunctionalInterface
  protected interface CellMaker<S, C> {
    C make(S setting, int sampleSize, int trial);
  }

  private final List<C> cells;

  protected <S> TrialSweep(List<S> settings, List<Integer> sampleSizes, int trials, CellMaker<S, C> cell) {
    List<C> all = new ArrayList<>();
    for (S setting : settings) {
      for (int size : sampleSizes) {
        for (int t = 0; t < trials; t++) {
          all.add(cell.make(setting, size, t));
        }
      }
    }
    this.cells = List.copyOf(all);
  }

  @Override
  public final List<C> cells() {
    return cells;
  }
}
