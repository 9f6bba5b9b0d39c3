package dev.ste4j.lab.jeong2025;

import dev.ste4j.lab.sweep.CellSeed;
import dev.ste4j.lab.sweep.Sweep;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The non-Gaussian comparison as a sweep: one cell per trial (distribution, normalisation, N, t), in that order.
 * Trial t of (d, N) draws from {@code new Rng(seed).split(n, N, t, ordinal of d)} under either normalisation, so both
 * see the same raw inputs.
 */
public final class NonGaussianSweep implements Sweep<NonGaussianSweep.TrialCell, TrialOutcome> {

  private static final long serialVersionUID = 1L;

  /** One trial of the comparison. */
  public record TrialCell(InputDistribution distribution, Normalization normalization, int sampleSize, int trial)
      implements Serializable {}

  private final NonGaussianConfig config;
  private final List<TrialCell> cells;

  public NonGaussianSweep(NonGaussianConfig config) {
    this.config = config;
    List<TrialCell> all = new ArrayList<>();
    for (InputDistribution d : config.distributions()) {
      for (Normalization norm : Normalization.values()) {
        for (int size : config.sampleSizes()) {
          for (int t = 0; t < config.trials(); t++) {
            all.add(new TrialCell(d, norm, size, t));
          }
        }
      }
    }
    this.cells = List.copyOf(all);
  }

  public NonGaussianConfig config() {
    return config;
  }

  @Override
  public List<TrialCell> cells() {
    return cells;
  }

  @Override
  public TrialOutcome run(TrialCell c) {
    return Trial.run(config.model().withInputs(c.distribution(), c.normalization()), config.method(),
        c.sampleSize(), CellSeed.source(config.seed(), config.model().dimension(), c.sampleSize(), c.trial(),
            c.distribution().ordinal()), false);
  }
}
