package dev.ste4j.lab.jeong2025;

import java.util.List;

/**
 * How much work an experiment did and how fast — measured, for reports and benchmarks.
 *
 * @param trials trials run
 * @param iterations STE-gradient iterations over all trials (T per trial)
 * @param evaluations coarse-gradient evaluations actually computed (the rest reused a cached gradient)
 * @param flops floating-point operations of those evaluations (counted as in {@link CoarseGradient})
 * @param kernelSeconds time spent inside coarse-gradient evaluations, summed over threads
 * @param wallSeconds elapsed time of the whole experiment (data generation included)
 * @param threads threads that ran trials
 */
public record WorkRate(long trials, long iterations, long evaluations, long flops, double kernelSeconds,
                       double wallSeconds, int threads) {

  /** Totals over outcomes of trials with T iterations each. */
  public static WorkRate of(List<TrialOutcome> outcomes, int iterations, double wallSeconds, int threads) {
    long evaluations = 0;
    long flops = 0;
    long nanos = 0;
    for (TrialOutcome o : outcomes) {
      evaluations += o.evaluations();
      flops += o.flops();
      nanos += o.kernelNanos();
    }
    return new WorkRate(outcomes.size(), (long) outcomes.size() * iterations, evaluations, flops, nanos * 1e-9,
        wallSeconds, threads);
  }

  /** Coarse-gradient evaluations per second of wall-clock time, all threads together. */
  public double evaluationsPerSecond() {
    return wallSeconds > 0 ? evaluations / wallSeconds : Double.NaN;
  }

  /** Achieved GFLOP/s of the coarse-gradient kernel per thread: its flops over the time spent inside it. */
  public double kernelGflopsPerThread() {
    return kernelSeconds > 0 ? flops / kernelSeconds * 1e-9 : Double.NaN;
  }

  /** Coarse-gradient evaluations per second of kernel CPU time: the kernel's own rate on one thread. */
  public double evaluationsPerKernelSecond() {
    return kernelSeconds > 0 ? evaluations / kernelSeconds : Double.NaN;
  }

  /** Kernel flops over wall-clock time, all threads together (data generation and bookkeeping included). */
  public double overallGflops() {
    return wallSeconds > 0 ? flops / wallSeconds * 1e-9 : Double.NaN;
  }
}
