package dev.ste4j.lab.jeong2025;

import dev.ste4j.lab.sweep.CellSeed;
import java.io.Serializable;

/**
 * The phase diagram as a sweep: one cell per trial (n, N, t), in the order n, then N, then t. Trial t of (n, N)
 * draws from {@code new Rng(seed).split(n, N, t)}, so a cell's outcome depends on its coordinates alone.
 */
public final class PhaseSweep extends TrialSweep<PhaseSweep.TrialCell> {

  private static final long serialVersionUID = 1L;

  /** One trial of the phase diagram. */
  public record TrialCell(int dimension, int sampleSize, int trial) implements Serializable {}

  private final PhaseConfig config;

  public PhaseSweep(PhaseConfig config) {
    super(config.dimensions(), config.sampleSizes(), config.trials(), TrialCell::new);
    this.config = config;
  }

  public PhaseConfig config() {
    return config;
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
