package dev.ste4j.lab.jeong2025;

import dev.ste4j.lab.sweep.CellSeed;
import java.io.Serializable;

/**
 * The recurrence grid as a sweep: one cell per trial (s, N, t), in the order s, then N, then t. Trial t at N draws
 * from {@code new Rng(seed).split(n, N, t)} whatever the noise level s, so every level sees the same teacher, inputs
 * and noise directions; trial 0 of every (s, N) keeps its distance trace for the plots.
 */
public final class RecurrenceSweep extends TrialSweep<RecurrenceSweep.TrialCell> {

  private static final long serialVersionUID = 1L;

  /** One trial of the recurrence grid. */
  public record TrialCell(double noise, int sampleSize, int trial) implements Serializable {}

  private final RecurrenceConfig config;

  public RecurrenceSweep(RecurrenceConfig config) {
    super(config.noiseLevels(), config.sampleSizes(), config.trials(), TrialCell::new);
    this.config = config;
  }

  public RecurrenceConfig config() {
    return config;
  }

  @Override
  public TrialOutcome run(TrialCell c) {
    return Trial.run(config.model().withNoise(c.noise()), config.method(), c.sampleSize(),
        CellSeed.source(config.seed(), config.model().dimension(), c.sampleSize(), c.trial()), c.trial() == 0);
  }

  /** Cost grows with N (and noisy trials re-evaluate the gradient far more often than noiseless ones). */
  @Override
  public long cost(TrialCell c) {
    return (long) c.sampleSize() * (c.noise() > 0 ? 8 : 1);
  }
}
