package dev.ste4j.lab.jeong2025;

import dev.ste4j.tensor.random.Rng;

/**
 * Resamples the K trials of one grid cell for the threshold bootstrap, so that cells observed at 0 % and 100 % vary
 * too.
 *
 * <p>A plain resampling of the trials with replacement (equivalently Binomial(K, s/K)) never moves a cell with s = 0 or
 * s = K: every replicate then agrees on the crossing wherever the curve jumps from 0 % to 100 % between two grid
 * points, and the intervals come out too narrow. Here each replicate first draws the cell's success probability from
 * its Jeffreys posterior Beta(s + ½, K − s + ½), then resamples the K trials as Bernoulli draws of that probability.
 * A 0/K cell thus yields a success now and then, and a K/K cell a failure, about as often as K trials cannot rule out.
 *
 * <p>The Beta draw is G_a/(G_a + G_b) with G_a ~ Gamma(s + ½) = ½·χ²_{2s+1} (a sum of 2s + 1 squared standard normals)
 * and G_b likewise: exact for these half-integer shapes, O(K) work, and reproducible from the stream.
 */
final class TrialBootstrap {

  private TrialBootstrap() {}

  /** A resampled success count of a cell with {@code successes} of {@code trials}. */
  static int resample(int successes, int trials, Rng rng) {
    double a = halfChiSquare(2 * successes + 1, rng);
    double b = halfChiSquare(2 * (trials - successes) + 1, rng);
    double p = a / (a + b);
    int s = 0;
    for (int t = 0; t < trials; t++) {
      if (rng.nextDouble() < p) {
        s++;
      }
    }
    return s;
  }

  /** Gamma(k/2, 1) as half a chi-square with k degrees of freedom. */
  private static double halfChiSquare(int k, Rng rng) {
    double sum = 0;
    for (int i = 0; i < k; i++) {
      double g = rng.nextGaussian();
      sum += g * g;
    }
    return sum / 2;
  }
}
