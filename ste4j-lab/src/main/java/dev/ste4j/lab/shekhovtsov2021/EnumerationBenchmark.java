package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures how far exact enumeration goes: wall time of the exact gradient ({@link ExactGradient}) and of the ST
 * estimator's exact expectation ({@link ExactMoments}) for one example, as the number of hidden units grows.
 *
 * <p>Networks are [8, ⌈n/2⌉, ⌊n/2⌋, 4] with real weights and logistic noise. The exact gradient does O(fan-in) work per
 * tree node; an estimator's expectation runs a full backward pass per state, so it costs more per state. Timings are
 * wall-clock on the current machine and thread count ({@link Parallel#threads()}), after a warm-up run.
 */
public final class EnumerationBenchmark {

  /**
   * One size.
   *
   * @param stSeconds NaN where the ST expectation was not timed (above its size limit)
   */
  public record Row(int hiddenUnits, long states, double exactSeconds, double exactStatesPerSecond,
      double stSeconds, double stStatesPerSecond, int threads) {}

  private EnumerationBenchmark() {}

  /** Times every size in hiddenUnits; the ST expectation only up to stMaxUnits. */
  public static List<Row> run(int[] hiddenUnits, int stMaxUnits, long seed) {
    Rng rng = new Rng(seed);
    warmUp(rng);
    List<Row> rows = new ArrayList<>();
    for (int n : hiddenUnits) {
      if (n < 2) {
        throw new IllegalArgumentException("benchmark sizes need at least 2 hidden units, got " + n);
      }
      Sbn net = Sbn.random(new int[] {8, (n + 1) / 2, n / 2, 4}, Noise.logistic(), null, 1.5, rng.split(n));
      double[] x = randomInput(rng.split(n, 1));
      long states = 1L << n;
      long t0 = System.nanoTime();
      ExactGradient.of(net, x, 1);
      double exact = (System.nanoTime() - t0) / 1e9;
      double st = Double.NaN;
      if (n <= stMaxUnits) {
        t0 = System.nanoTime();
        ExactMoments.of(net, new StraightThrough(), List.of(x), new int[] {1}, 0, rng);
        st = (System.nanoTime() - t0) / 1e9;
      }
      rows.add(new Row(n, states, exact, states / exact, st, states / st, Parallel.threads()));
    }
    return rows;
  }

  private static double[] randomInput(Rng rng) {
    double[] x = new double[8];
    for (int i = 0; i < x.length; i++) {
      x[i] = rng.nextGaussian();
    }
    return x;
  }

  private static void warmUp(Rng rng) {
    Sbn net = Sbn.random(new int[] {8, 6, 6, 4}, Noise.logistic(), null, 1.5, rng.split(-1));
    double[] x = randomInput(rng.split(-2));
    for (int k = 0; k < 5; k++) {
      ExactGradient.of(net, x, 0);
      ExactMoments.of(net, new StraightThrough(), List.of(x), new int[] {0}, 0, rng);
    }
  }
}
