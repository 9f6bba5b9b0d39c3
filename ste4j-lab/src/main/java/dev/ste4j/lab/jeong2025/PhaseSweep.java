package dev.ste4j.lab.jeong2025;

import dev.ste4j.lab.sweep.CellSeed;
import dev.ste4j.lab.sweep.Sweep;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The phase diagram as a sweep: one cell per trial (n, N, t), in the order n, then N, then t. Trial t of (n, N)
 * draws from {@code new Rng(seed).split(n, N, t)}, so a cell's outcome depends on its coordinates alone.
 */
public final class PhaseSweep implements Sweep<PhaseSweep.TrialCell, TrialOutcome> {

  private static final long serialVersionUID = 1L;

  /** One trial of the phase diagram. */
  public record TrialCell(int dimension, int sampleSize, int trial) implements Serializable {}

  private final PhaseConfig config;
  private final List<TrialCell> cells;

  public PhaseSweep(PhaseConfig config) {
    this.config = config;
    List<TrialCell> all = new ArrayList<>();
    for (int n : config.dimensions()) {
      for (int size : config.sampleSizes()) {
        for (int t = 0; t < config.trials(); t++) {
          all.add(new TrialCell(n, size, t));
        }
      }
    }
    this.cells = List.copyOf(all);
  }

  public PhaseConfig config() {
    return config;
  }

  @Override
  public List<TrialCell> cells() {
    return cells;
  }

  @Override
  public TrialOutcome run(TrialCell c) {
    return Trial.run(config.model().withDimension(c.dimension()), config.method(), c.sampleSize(),
        CellSeed.source(config.seed(), c.dimension(), c.sampleSize(), c.trial()), false);
  }

  /** Cost grows with n·N. */
  @Override
  public long cost(TrialCell c) {
    return (long) c.dimension() * c.sampleSize();
  }
}
