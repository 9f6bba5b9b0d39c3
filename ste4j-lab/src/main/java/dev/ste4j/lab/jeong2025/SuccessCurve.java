package dev.ste4j.lab.jeong2025;

import java.util.List;

/**
 * Exact-recovery counts at one dimension n over a grid of sample sizes: successes[i] of trials at N = sizes[i].
 *
 * @param dimension n
 * @param sizes the sample sizes N, strictly increasing
 * @param successes recoveries at each size (0 ≤ successes ≤ trials)
 * @param trials independent trials per size (≥ 1)
 */
public record SuccessCurve(int dimension, List<Integer> sizes, List<Integer> successes, int trials) {

  public SuccessCurve {
    sizes = List.copyOf(sizes);
    successes = List.copyOf(successes);
    if (sizes.isEmpty() || sizes.size() != successes.size()) {
      throw new IllegalArgumentException("a success curve needs one count per sample size, got " + sizes.size()
          + " sizes and " + successes.size() + " counts");
    }
    Grid.checkTrials(trials);
    for (int i = 0; i < sizes.size(); i++) {
      if (i > 0 && sizes.get(i) <= sizes.get(i - 1)) {
        throw new IllegalArgumentException("sample sizes must be strictly increasing, got " + sizes);
      }
      if (successes.get(i) < 0 || successes.get(i) > trials) {
        throw new IllegalArgumentException("successes must lie in [0, " + trials + "], got " + successes.get(i));
      }
    }
  }

  /** The observed success rate at each size. */
  public double[] rates() {
    double[] p = new double[sizes.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = (double) successes.get(i) / trials;
    }
    return p;
  }
}
