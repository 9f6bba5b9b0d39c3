package dev.ste4j.lab.jeong2025;

import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the non-Gaussian comparison: exact-recovery rates per input distribution, raw and standardised.
 *
 * <p>Trial t of (distribution d, N) draws from {@code new Rng(seed).split(n, N, t, ordinal of d)} with either
 * normalisation, so the two see the same raw inputs and differ only by the standardisation; results are the same for
 * any thread count.
 */
public final class NonGaussianExperiment {

  private static final Normalization[] NORMALIZATIONS = Normalization.values();

  private NonGaussianExperiment() {}

  public static NonGaussianResult run(NonGaussianConfig config, TrialRunner runner) {
    long start = System.nanoTime();
    List<InputDistribution> dists = config.distributions();
    List<Integer> sizes = config.sampleSizes();
    int trials = config.trials();
    int n = config.model().dimension();
    int perDistribution = NORMALIZATIONS.length * sizes.size() * trials;
    Rng root = new Rng(config.seed());
    List<TrialOutcome> outcomes = runner.run(dists.size() * perDistribution, i -> {
      InputDistribution d = dists.get(i / perDistribution);
      Normalization norm = NORMALIZATIONS[i / (sizes.size() * trials) % NORMALIZATIONS.length];
      int size = sizes.get(i / trials % sizes.size());
      int t = i % trials;
      return Trial.run(config.model().withInputs(d, norm), config.method(), size,
          root.split(n, size, t, d.ordinal()), false);
    });
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
    WorkRate work = WorkRate.of(outcomes, config.method().iterations(), (System.nanoTime() - start) * 1e-9,
        runner.threads());
    return new NonGaussianResult(config, cells, work);
  }
}
