package dev.ste4j.cli.reproduce;

import dev.ste4j.tensor.kernel.Kernels;
import dev.ste4j.tensor.random.Rng;
import java.util.Arrays;

/**
 * A measured kernel call: median wall time over repetitions run for a time budget after warm-up, the resulting
 * GFLOP/s, and the largest error against a double-precision reference on sampled outputs.
 *
 * @param repetitions      timed calls
 * @param medianSeconds    median seconds per call
 * @param flops            floating-point operations per call (2 per multiply-add)
 * @param maxRelativeError max |out − ref| / Σ|a·b| over the checked outputs
 */
record KernelTiming(int repetitions, double medianSeconds, double flops, double maxRelativeError) {

  /** Outputs of the GEMM checked against the reference. */
  static final int SAMPLES = 64;
  private static final int WARMUP = 3;
  /** Warm-up time: the Vector API is only fast once C2 has compiled the kernel, which takes thousands of calls. */
  private static final double WARMUP_SECONDS = 0.3;
  private static final int MIN_REPETITIONS = 5;
  private static final int MAX_REPETITIONS = 20_000;

  double gflops() {
    return flops / medianSeconds / 1e9;
  }

  /** Times C = A·B for n×n matrices with entries uniform in [-1, 1). */
  static KernelTiming gemm(Kernels kernels, int n, Rng rng, double budgetSeconds) {
    float[] a = new float[n * n];
    float[] b = new float[n * n];
    float[] c = new float[n * n];
    rng.fillUniform(a, -1f, 1f);
    rng.fillUniform(b, -1f, 1f);
    double[] times = time(() -> kernels.gemm(false, false, n, n, n, a, 0, n, b, 0, n, c, 0, n, false), budgetSeconds);
    double worst = 0;
    Rng pick = rng.split(99);
    for (int s = 0; s < SAMPLES; s++) {
      int i = pick.nextInt(n);
      int j = pick.nextInt(n);
      double ref = 0;
      double scale = 0;
      for (int p = 0; p < n; p++) {
        double prod = (double) a[i * n + p] * b[p * n + j];
        ref += prod;
        scale += Math.abs(prod);
      }
      worst = Math.max(worst, Math.abs(c[i * n + j] - ref) / scale);
    }
    return new KernelTiming(times.length, median(times), 2.0 * n * n * n, worst);
  }

  /** Times a dot product of n elements with entries uniform in [-1, 1). */
  static KernelTiming dot(Kernels kernels, int n, Rng rng, double budgetSeconds) {
    float[] a = new float[n];
    float[] b = new float[n];
    rng.fillUniform(a, -1f, 1f);
    rng.fillUniform(b, -1f, 1f);
    float[] result = new float[1];
    double[] times = time(() -> result[0] = kernels.dot(a, 0, b, 0, n), budgetSeconds);
    double ref = 0;
    double scale = 0;
    for (int i = 0; i < n; i++) {
      double prod = (double) a[i] * b[i];
      ref += prod;
      scale += Math.abs(prod);
    }
    return new KernelTiming(times.length, median(times), 2.0 * n, Math.abs(result[0] - ref) / scale);
  }

  /**
   * Seconds per call, sorted: after a warm-up of at least 3 calls and 0.3 s, at least five timed calls and more until
   * the budget is spent (at most 20,000).
   */
  private static double[] time(Runnable call, double budgetSeconds) {
    long warmUntil = System.nanoTime() + (long) (WARMUP_SECONDS * 1e9);
    for (int i = 0; i < WARMUP || System.nanoTime() < warmUntil; i++) {
      call.run();
    }
    double[] times = new double[MAX_REPETITIONS];
    int reps = 0;
    long deadline = System.nanoTime() + (long) (budgetSeconds * 1e9);
    while (reps < times.length && (reps < MIN_REPETITIONS || System.nanoTime() < deadline)) {
      long t0 = System.nanoTime();
      call.run();
      times[reps++] = (System.nanoTime() - t0) / 1e9;
    }
    double[] used = Arrays.copyOf(times, reps);
    Arrays.sort(used);
    return used;
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
