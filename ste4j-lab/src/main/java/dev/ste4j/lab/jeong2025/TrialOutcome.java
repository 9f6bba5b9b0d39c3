package dev.ste4j.lab.jeong2025;

/**
 * What one run of the STE-gradient method did.
 *
 * <p>d_t denotes the Hamming distance between Q(w_t) and w* (t = 0 … T). "At the optimum" means d_t = 0.
 *
 * @param lastRecovered Q(w_T) = w* (the last iterate)
 * @param averagedRecovered Q(w̄_T) = w*, w̄_T = (1/T) Σ_{t=1..T} w_t (the averaged, "ergodic" iterate)
 * @param lastDistance d_T
 * @param averagedDistance the Hamming distance between Q(w̄_T) and w*
 * @param firstHit the first t with d_t = 0, or −1 if never
 * @param stepsAtOptimum the number of t in 1..T with d_t = 0
 * @param departures the number of t in 1..T with d_{t−1} = 0 and d_t > 0 (escapes from the optimum)
 * @param returns the number of t in 1..T with d_{t−1} > 0, d_t = 0 after the first hit (returns to the optimum)
 * @param meanReturnTime the mean length in iterations of the completed excursions away from the optimum (from a
 *     departure to the next return), NaN when there was none
 * @param evaluations coarse-gradient evaluations actually computed (a cached gradient is reused while Q(w) and v are
 *     unchanged, so this can be far below T)
 * @param flops floating-point operations of those evaluations (see {@link CoarseGradient})
 * @param kernelNanos wall-clock time spent evaluating coarse gradients — the one field that is not deterministic
 * @param trace d_0 … d_T when a trace was asked for, else null
 */
public record TrialOutcome(boolean lastRecovered, boolean averagedRecovered, int lastDistance, int averagedDistance,
                           int firstHit, int stepsAtOptimum, int departures, int returns, double meanReturnTime,
                           long evaluations, long flops, long kernelNanos, int[] trace)
    implements java.io.Serializable {

  /** The fraction of iterations 1..T spent at the optimum. */
  public double fractionAtOptimum(int iterations) {
    return (double) stepsAtOptimum / iterations;
  }
}
