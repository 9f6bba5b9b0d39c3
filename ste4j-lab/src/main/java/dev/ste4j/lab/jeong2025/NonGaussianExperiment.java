package dev.ste4j.lab.jeong2025;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the non-Gaussian comparison: exact-recovery rates per input distribution, raw and standardised.
 *
 * <p>The trials are the cells of a {@link NonGaussianSweep}: trial t of (distribution d, N) draws from
 * {@code new Rng(seed).split(n, N, t, ordinal of d)} with either normalisation, so the two see the same raw inputs and
 * differ only by the standardisation; results are the same for any thread count.
 */
public final class NonGaussianExperiment {

  private static final Normalization[] NORMALIZATIONS = Normalization.values();

  private NonGaussianExperiment() {}

  /** Runs the trials on {@code runner}'s threads and assembles the result. */
  public static NonGaussianResult run(NonGaussianConfig config, TrialRunner runner) {
    long start = System.nanoTime();
    NonGaussianSweep sweep = new NonGaussianSweep(config);
    List<TrialOutcome> outcomes = runner.run(sweep.cells().size(), i -> sweep.run(sweep.cells().get(i)));
    return assemble(config, outcomes, (System.nanoTime() - start) * 1e-9, runner.threads());
  }

  /**
   * The result from every trial's outcome, in {@link NonGaussianSweep}'s cell order, however they were run. Only the
   * work rate depends on {@code seconds} and {@code threads}.
   */
  public static NonGaussianResult assemble(NonGaussianConfig config, List<TrialOutcome> outcomes, double seconds,
                                           int threads) {
    List<InputDistribution> dists = config.distributions();
    List<Integer> sizes = config.sampleSizes();
    int trials = config.trials();
    if (outcomes.size() != dists.size() * NORMALIZATIONS.length * sizes.size() * trials) {
      throw new IllegalArgumentException("the comparison has " + dists.size() * NORMALIZATIONS.length * sizes.size()
          * trials + " trials, got " + outcomes.size() + " outcomes");
    }
    List<NonGaussianCell> cells = new ArrayList<>();
    int base = 0;
    for (InputDistribution d : dists) {
      for (Normalization norm : NORMALIZATIONS) {
        for (int size : sizes) {
          int last = 0;
          int averaged = 0;
          double distance = 0;
          for (int t = 0; t < trials; t++) {
            TrialOutcome o = outcomes.get(base + t);
            last += o.lastRecovered() ? 1 : 0;
            averaged += o.averagedRecovered() ? 1 : 0;
            distance += o.lastDistance();
          }
          cells.add(new NonGaussianCell(d, norm, size, trials, last, averaged, distance / trials));
          base += trials;
        }
      }
    }
    WorkRate work = WorkRate.of(outcomes, config.method().iterations(), seconds, threads);
    return new NonGaussianResult(config, cells, work);
  }
}
