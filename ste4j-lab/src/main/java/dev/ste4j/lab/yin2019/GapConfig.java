package dev.ste4j.lab.yin2019;

import java.util.Arrays;

/**
 * Configuration of the population–empirical gap experiment: the same teachers and random starts as experiment (a)
 * ({@link ConvergenceExperiment}, run r of the same seed), each run once with the population coarse gradient and
 * once on N fixed Gaussian samples for every N of {@code samples}, all with the same step size and iterations, so
 * that only N differs between the paired runs. Only the ReLU and clipped-ReLU STEs, the ones Theorems 1–2 cover.
 *
 * @param m patches
 * @param n patch dimension
 * @param runs paired runs per STE
 * @param iterations steps of every run
 * @param stepSize η of every run
 * @param samples the sample sizes N of the empirical runs, increasing; the samples of a smaller N are a prefix of a
 *     larger one's
 * @param seed the root seed (the same as experiment (a)'s gives the same teachers and starts)
 */
public record GapConfig(int m, int n, int runs, int iterations, double stepSize, int[] samples, long seed) {

  public GapConfig {
    if (m < 1 || n < 2 || runs < 1 || iterations < 1 || !(stepSize > 0) || !Double.isFinite(stepSize)) {
      throw new IllegalArgumentException("gap: need m >= 1, n >= 2, runs, iterations >= 1 and a finite step size > 0");
    }
    samples = samples.clone();
    if (samples.length == 0) {
      throw new IllegalArgumentException("gap: give at least one sample size");
    }
    for (int i = 0; i < samples.length; i++) {
      if (samples[i] < 1 || (i > 0 && samples[i] <= samples[i - 1])) {
        throw new IllegalArgumentException("gap: sample sizes must be positive and increasing, got "
            + Arrays.toString(samples));
      }
    }
  }

  @Override
  public int[] samples() {
    return samples.clone();
  }

  /** The quick scale: a few seconds on two cores. */
  public static GapConfig quick(long seed) {
    return new GapConfig(5, 10, 16, 1000, 0.1, new int[] {100, 1000}, seed);
  }

  /** The full scale. */
  public static GapConfig full(long seed) {
    return new GapConfig(5, 10, 200, 2000, 0.1, new int[] {100, 500, 2000, 10000}, seed);
  }
}
