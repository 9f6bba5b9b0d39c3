package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The result of experiment (a): every run, and summaries and median curves computed from them. */
public record ConvergenceResult(ConvergenceConfig config, List<ConvergenceRun> runs) {

  public ConvergenceResult {
    runs = List.copyOf(runs);
  }

  /** The runs of one (mode, start, STE), in run order. */
  public List<ConvergenceRun> select(String mode, String start, SteVariant ste) {
    return runs.stream()
        .filter(r -> r.mode().equals(mode) && r.start().equals(start) && r.ste() == ste)
        .toList();
  }

  /** One summary per (mode, start, STE) present, in a fixed order. */
  public List<ConvergenceSummary> summaries() {
    List<ConvergenceSummary> out = new ArrayList<>();
    for (String mode : List.of("population", "empirical")) {
      for (String start : List.of("random", "theorem2")) {
        for (SteVariant ste : SteVariant.values()) {
          List<ConvergenceRun> sel = select(mode, start, ste);
          if (sel.isEmpty()) {
            continue;
          }
          int n = sel.size();
          double[] finals = sel.stream().mapToDouble(r -> r.trajectory().finalLoss()).toArray();
          out.add(new ConvergenceSummary(mode, start, ste, n, count(sel, ConvergenceRun.GLOBAL) / (double) n,
              count(sel, ConvergenceRun.SPURIOUS) / (double) n, count(sel, ConvergenceRun.OTHER) / (double) n,
              median(finals), median(sel.stream().mapToDouble(r -> r.trajectory().finalTheta()).toArray())));
        }
      }
    }
    return out;
  }

  /**
   * The median over runs of a recorded quantity ("loss", "theta" or "empiricalLoss") at each recorded iteration;
   * a run that stopped early holds its last value. Returns {iterations, medians}.
   */
  public double[][] medianCurve(String mode, String start, SteVariant ste, String quantity) {
    List<ConvergenceRun> sel = select(mode, start, ste);
    int longest = sel.stream().mapToInt(r -> r.trajectory().size()).max().orElse(0);
    ConvergenceRun ref = sel.stream().filter(r -> r.trajectory().size() == longest).findFirst().orElseThrow();
    double[] its = Arrays.stream(ref.trajectory().iterations()).asDoubleStream().toArray();
    double[] med = new double[longest];
    double[] column = new double[sel.size()];
    for (int k = 0; k < longest; k++) {
      for (int r = 0; r < sel.size(); r++) {
        double[] q = quantity(sel.get(r).trajectory(), quantity);
        column[r] = q[Math.min(k, q.length - 1)];
      }
      med[k] = median(column);
    }
    return new double[][] {its, med};
  }

  private static double[] quantity(Trajectory t, String name) {
    return switch (name) {
      case "loss" -> t.loss();
      case "theta" -> t.theta();
      case "empiricalLoss" -> t.empiricalLoss();
      default -> throw new IllegalArgumentException("unknown quantity '" + name + "'; known: loss, theta, empiricalLoss");
    };
  }

  private static long count(List<ConvergenceRun> runs, String outcome) {
    return runs.stream().filter(r -> r.outcome().equals(outcome)).count();
  }

  static double median(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
  }
}
