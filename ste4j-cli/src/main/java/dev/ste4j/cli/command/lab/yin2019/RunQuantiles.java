package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.lab.yin2019.ConvergenceRun;
import dev.ste4j.lab.yin2019.Trajectory;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The spread of a quantity over runs at each iteration, for the band around a median curve: the median and the
 * lower and upper quartiles (linear interpolation between order statistics, numpy's default). A run that stopped
 * early holds its last value, as in {@code ConvergenceResult.medianCurve}.
 */
record RunQuantiles(double[] iterations, double[] median, double[] lower, double[] upper) {

  static RunQuantiles of(List<ConvergenceRun> runs, Function<Trajectory, double[]> quantity) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs to summarise");
    }
    int longest = runs.stream().mapToInt(x -> x.trajectory().size()).max().orElseThrow();
    double[] its = Arrays.stream(runs.stream().filter(x -> x.trajectory().size() == longest).findFirst()
        .orElseThrow().trajectory().iterations()).asDoubleStream().toArray();
    double[] median = new double[longest];
    double[] lower = new double[longest];
    double[] upper = new double[longest];
    double[] column = new double[runs.size()];
    for (int k = 0; k < longest; k++) {
      for (int i = 0; i < runs.size(); i++) {
        double[] q = quantity.apply(runs.get(i).trajectory());
        column[i] = q[Math.min(k, q.length - 1)];
      }
      Arrays.sort(column);
      median[k] = quantile(column, 0.5);
      lower[k] = quantile(column, 0.25);
      upper[k] = quantile(column, 0.75);
    }
    return new RunQuantiles(its, median, lower, upper);
  }

  /** The q-quantile of sorted values, interpolated linearly between the two nearest order statistics. */
  static double quantile(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int i = (int) Math.floor(at);
    return i + 1 < sorted.length ? sorted[i] + (at - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
  }
}
