package dev.ste4j.cli.command.lab.jeong2025;

import dev.ste4j.cli.report.Table;
import dev.ste4j.lab.jeong2025.ExponentEstimate;
import dev.ste4j.lab.jeong2025.Threshold;
import dev.ste4j.lab.jeong2025.WorkRate;
import java.util.Locale;

/** Number formatting shared by the jeong2025 reports and command summaries (Locale.ROOT, so output is stable). */
public final class Jeong2025Text {

  private Jeong2025Text() {}

  /** A number with {@code digits} decimals; "n/a" for NaN, "∞" for infinity. */
  public static String num(double x, int digits) {
    if (Double.isNaN(x)) {
      return "n/a";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "∞" : "-∞";
    }
    return String.format(Locale.ROOT, "%." + digits + "f", x);
  }

  /** A rate as a percentage. */
  public static String percent(double rate) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * rate);
  }

  /** "k = 1.33 (95% CI 1.25 to 1.37)" or why there is none. */
  public static String exponent(ExponentEstimate k) {
    if (!k.isEstimated()) {
      return "k not estimated (fewer than two thresholds inside the grid)";
    }
    String ci = Double.isNaN(k.lower()) ? "no usable bootstrap replicate"
        : "95% bootstrap CI " + num(k.lower(), 2) + " to " + num(k.upper(), 2) + ", " + k.replicatesUsed() + " of "
            + k.replicates() + " replicates usable";
    return "k = " + num(k.exponent(), 2) + " (" + ci + "; least-squares s.e. " + num(k.fit().standardError(), 2)
        + ", R² " + num(k.fit().rSquared(), 3) + ", " + k.fit().points() + " points)";
  }

  /** "N*(32) = 46.2 [42.0, 50.6]" or the censoring. */
  public static String threshold(Threshold t) {
    switch (t.censoring()) {
      case BELOW_GRID:
        return "N*(" + t.dimension() + ") below the grid";
      case ABOVE_GRID:
        return "N*(" + t.dimension() + ") above the grid";
      default:
        return "N*(" + t.dimension() + ") = " + num(t.value(), 1) + " [" + num(t.lower(), 1) + ", "
            + num(t.upper(), 1) + "]";
    }
  }

  /** The work record as a one-row table (written as {@code <prefix>-work.csv/json}). */
  public static Table workTable(WorkRate w) {
    return new Table("trials", "iterations", "evaluations", "kernel_flops", "kernel_cpu_seconds", "wall_seconds",
        "threads", "evaluations_per_second", "evaluations_per_kernel_second", "kernel_gflops_per_thread",
        "overall_gflops")
        .row(w.trials(), w.iterations(), w.evaluations(), w.flops(), w.kernelSeconds(), w.wallSeconds(), w.threads(),
            w.evaluationsPerSecond(), w.evaluationsPerKernelSecond(), w.kernelGflopsPerThread(), w.overallGflops());
  }

  /** One sentence on the work done and its rate. */
  public static String work(WorkRate w) {
    double share = w.iterations() > 0 ? (double) w.evaluations() / w.iterations() : Double.NaN;
    return String.format(Locale.ROOT,
        "Work: %d trials, %d iterations, %d coarse-gradient evaluations (%.1f%% of iterations; the others reused the "
            + "cached gradient because Q(w) had not changed), %.3g flop in the kernel. Rate: %.0f evaluations/s "
            + "(wall clock, %d threads); in the kernel alone %.0f evaluations and %.2f GFLOP per CPU-second of one "
            + "thread; %.1f s in all.",
        w.trials(), w.iterations(), w.evaluations(), 100 * share, (double) w.flops(), w.evaluationsPerSecond(),
        w.threads(), w.evaluationsPerKernelSecond(), w.kernelGflopsPerThread(), w.wallSeconds());
  }
}
