package dev.ste4j.cli.command.lab.yin2019;

import java.util.Arrays;
import java.util.List;

/**
 * How much of a set of curves to plot: up to a little after the last iteration at which any of them still moves by
 * more than a tolerance from its last value, so that a plot of 2000 iterations whose runs all settle by iteration 150
 * shows the 150 that matter. Presentation only: the values drawn are the measured ones, cut at the window.
 */
record SettledWindow(int settled, int window, int last) {

  /** The window for curves sampled at {@code iterations[i]} (one array per curve, same sampling). */
  static SettledWindow of(List<int[]> iterations, List<double[]> values, double tolerance) {
    int settled = 0;
    int last = 0;
    for (int c = 0; c < values.size(); c++) {
      int[] its = iterations.get(c);
      double[] v = values.get(c);
      double end = v[v.length - 1];
      last = Math.max(last, its[its.length - 1]);
      for (int k = v.length - 1; k >= 0; k--) {
        if (Math.abs(v[k] - end) > tolerance) {
          settled = Math.max(settled, its[Math.min(k + 1, its.length - 1)]);
          break;
        }
      }
    }
    // A fifth more than the settling point, rounded up to a multiple of 50, at least 50, at most the whole run.
    int window = Math.min(last, Math.max(50, (int) Math.ceil(1.2 * settled / 50.0) * 50));
    return new SettledWindow(settled, window, last);
  }

  /** Whether the window cuts anything off. */
  boolean cuts() {
    return window < last;
  }

  /** The points of one curve with iteration ≤ window: {x, y}. */
  double[][] cut(int[] iterations, double[] values) {
    int n = 0;
    while (n < iterations.length && iterations[n] <= window) {
      n++;
    }
    return new double[][] {Arrays.stream(Arrays.copyOf(iterations, n)).asDoubleStream().toArray(),
        Arrays.copyOf(values, n)};
  }
}
