package dev.ste4j.lab.yin2019;

/**
 * Configuration of experiment (a): coarse gradient descent (Algorithm 1) from random starts for each STE.
 *
 * <p>Run r draws its own teacher (v* ~ N(0, I_m), w* uniform on the sphere) and two starts from the seed and r only:
 * a random start (v⁰ ~ N(0, I_m), w⁰ ~ N(0, I_n/n)) and a start drawn from the same law conditioned on Theorem 2's
 * conditions (rejection). Each STE starts from the same points, so the comparison is paired. The population version
 * runs for every r; the empirical version (N fixed samples, random start) for r &lt; empiricalRuns.
 *
 * @param m patches (length of v)
 * @param n patch dimension (length of w)
 * @param runs population runs per STE and start
 * @param iterations population iterations
 * @param stepSize η for both versions
 * @param empiricalRuns empirical runs per STE
 * @param empiricalIterations empirical iterations
 * @param samples N, the number of samples of the empirical version
 * @param recordEvery record the state every this many iterations
 * @param seed the root seed
 */
public record ConvergenceConfig(
    int m,
    int n,
    int runs,
    int iterations,
    double stepSize,
    int empiricalRuns,
    int empiricalIterations,
    int samples,
    int recordEvery,
    long seed) {

  public ConvergenceConfig {
    if (m < 1 || n < 2) {
      throw new IllegalArgumentException("need m >= 1 and n >= 2, got m = " + m + ", n = " + n);
    }
    if (runs < 1 || iterations < 1 || empiricalRuns < 0 || empiricalIterations < 1 || samples < 1
        || recordEvery < 1) {
      throw new IllegalArgumentException("runs, iterations, samples and recordEvery must be positive "
          + "(empiricalRuns may be 0)");
    }
    if (!(stepSize > 0)) {
      throw new IllegalArgumentException("step size must be positive, got " + stepSize);
    }
  }

  /** The quick scale (a few seconds on two cores). */
  public static ConvergenceConfig quick(long seed) {
    return new ConvergenceConfig(5, 10, 40, 2000, 0.1, 8, 1000, 500, 10, seed);
  }

  /** The full scale. */
  public static ConvergenceConfig full(long seed) {
    return new ConvergenceConfig(5, 10, 500, 5000, 0.1, 100, 3000, 2000, 10, seed);
  }
}
