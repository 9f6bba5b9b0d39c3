package dev.ste4j.lab.jeong2025;

import dev.ste4j.lab.sweep.CellSeed;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The non-Gaussian comparison as a sweep: one cell per trial (distribution, normalisation, N, t), in that order.
 * Trial t of (d, N) draws from {@code new Rng(seed).split(n, N, t, ordinal of d)} under either normalisation, so both
 * see the same raw inputs.
 */
public final class NonGaussianSweep extends TrialSweep<NonGaussianSweep.TrialCell> {

  private static final long serialVersionUID = 1L;

  /** One trial of the comparison. */
  public record TrialCell(InputDistribution distribution, Normalization normalization, int sampleSize, int trial)
      implements Serializable {}

  /** What a trial's inputs are: their distribution and whether they are standardised. */
  private record Inputs(InputDistribution distribution, Normalization normalization) {}

  private final NonGaussianConfig config;

  public NonGaussianSweep(NonGaussianConfig config) {
    super(inputs(config), config.sampleSizes(), config.trials(),
        (Inputs in, int size, int t) -> new TrialCell(in.distribution(), in.normalization(), size, t));
    this.config = config;
  }

  private static List<Inputs> inputs(NonGaussianConfig config) {
    List<Inputs> all = new ArrayList<>();
    for (InputDistribution d : config.distributions()) {
      for (Normalization norm : Normalization.values()) {
        all.add(new Inputs(d, norm));
      }
    }
    return all;
  }

  public NonGaussianConfig config() {
    return config;
  }

  @Override
  public TrialOutcome run(TrialCell c) {
    return Trial.run(config.model().withInputs(c.distribution(), c.normalization()), config.method(),
        c.sampleSize(), CellSeed.source(config.seed(), config.model().dimension(), c.sampleSize(), c.trial(),
            c.distribution().ordinal()), false);
  }
}
