package dev.ste4j.lab.yin2019;

/**
 * Configuration of experiment (b), the instability of the identity STE at the spurious minimizer.
 *
 * @param ms the numbers of patches m to test (one teacher each, drawn with 1ᵀv* ≠ 0 and spurious minimizers present)
 * @param n patch dimension
 * @param iterations population coarse-gradient-descent iterations from the spurious minimizer
 * @param stepSize η
 * @param perturbation the angle δ of the perturbed start θ = π − δ (same v)
 * @param gaps the values of π − θ at which the descent ratio is evaluated (v at the spurious minimizer)
 * @param recordEvery record every this many iterations
 * @param seed the root seed
 */
public record InstabilityConfig(
    int[] ms, int n, int iterations, double stepSize, double perturbation, double[] gaps, int recordEvery, long seed) {

  public InstabilityConfig {
    if (ms.length == 0 || n < 2 || iterations < 1 || recordEvery < 1 || !(stepSize > 0)
        || !(perturbation > 0 && perturbation < Math.PI) || gaps.length == 0) {
      throw new IllegalArgumentException("instability: need some m >= 2, n >= 2, iterations >= 1, recordEvery >= 1, "
          + "stepSize > 0, perturbation in (0, pi) and some gaps");
    }
    for (int m : ms) {
      if (m < 2) {
        throw new IllegalArgumentException("instability: m must be >= 2 (the identity norm vanishes at m = 1), got "
            + m);
      }
    }
    ms = ms.clone();
    gaps = gaps.clone();
  }

  public static InstabilityConfig quick(long seed) {
    return new InstabilityConfig(new int[] {2, 5, 10, 20}, 10, 400, 0.1, 1e-3,
        new double[] {1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6}, 2, seed);
  }

  public static InstabilityConfig full(long seed) {
    return new InstabilityConfig(new int[] {2, 3, 5, 10, 20, 50}, 10, 2000, 0.1, 1e-3,
        new double[] {1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8}, 5, seed);
  }
}
