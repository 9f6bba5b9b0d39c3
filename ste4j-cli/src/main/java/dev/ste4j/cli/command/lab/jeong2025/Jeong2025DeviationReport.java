package dev.ste4j.cli.command.lab.jeong2025;

import static dev.ste4j.cli.command.lab.jeong2025.Jeong2025Text.num;

import dev.ste4j.cli.report.Charts;
import dev.ste4j.cli.report.XyChart;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.lab.jeong2025.DeviationCell;
import dev.ste4j.lab.jeong2025.DeviationConfig;
import dev.ste4j.lab.jeong2025.DeviationResult;
import dev.ste4j.lab.jeong2025.ExponentEstimate;
import dev.ste4j.lab.jeong2025.Threshold;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Writes a {@link DeviationResult} into a run folder and describes it in a report section. */
public final class Jeong2025DeviationReport {

  private Jeong2025DeviationReport() {}

  public static void write(DeviationResult r, RunFolder run, Report.Section section, String prefix)
      throws IOException {
    DeviationConfig c = r.config();
    section.paragraph("The step of the proof that needs N to grow with n: the empirical coarse gradient ĝ_N(u) must "
        + "stay close to its population value g(u) = ‖v*‖²(u − w*)/√(2πn) in every binary state u at once. Measured "
        + "here: ρ = max_u ‖ĝ_N(u) − g(u)‖_∞ in units of the signal 2‖v*‖²/√(2πn) that pushes a wrong sign back "
        + "(ρ < 1: in every state every wrong sign is pushed toward w*, as in the population). States: all 2ⁿ for "
        + "n ≤ " + c.exactUpTo() + " (exact)" + (c.dimensions().get(c.dimensions().size() - 1) > c.exactUpTo()
            ? "; above, every state within distance 2 of w* and " + c.randomStates() + " uniform ones (a lower bound, "
                + "so those n are shown but not fitted)"
            : "") + ". Noiseless Gaussian inputs, σ = step, identity STE, v = v*; " + c.replicates()
        + " independent samples per (n, N), seed " + c.seed() + ".");
    section.foldedKeyValues("Configuration", c.describe());
    Table cells = new Table("n", "N", "samples", "median_rho", "q25_rho", "q75_rho", "max_rho", "exact", "states");
    for (DeviationCell x : r.cells()) {
      cells.row(x.dimension(), x.sampleSize(), x.samples(), x.median(), x.lowerQuartile(), x.upperQuartile(),
          x.largest(), x.exact(), x.states());
    }
    run.writeTable(prefix + "-cells", cells);
    section.foldedTable("Uniform deviation ρ per (n, N): median, quartiles and largest over the samples", cells);
    Table needed = new Table("n", "N_rho", "lower95", "upper95", "censoring")
        .undefinedWhen("N_rho", "Censored: the median ρ does not cross the target inside the grid of N.")
        .undefinedWhen("lower95", "No interval: censored, or too few bootstrap replicates cross inside the grid.")
        .undefinedWhen("upper95", "No interval: censored, or too few bootstrap replicates cross inside the grid.");
    for (Threshold t : r.needed()) {
      needed.row(t.dimension(), t.value(), t.lower(), t.upper(), t.censoring().name().toLowerCase(Locale.ROOT));
    }
    run.writeTable(prefix + "-needed", needed);
    section.table("N_ρ(n): the N at which the median ρ falls to " + num(c.target(), 2) + ", with 95 % bootstrap "
        + "intervals (each cell's samples resampled)", needed);
    section.paragraph("Sample size needed for ρ ≤ " + num(c.target(), 2) + ": " + exponent(r.exponent())
        + ". Wall time " + num(r.seconds(), 1) + " s.");
    section.image(run.plot(prefix + "-rho", rhoChart(r)), "Median uniform deviation ρ against N for each n (log–log); "
        + "the dashed line is the target ρ = " + num(c.target(), 2) + ".");
    section.image(run.plot(prefix + "-needed", neededChart(r)), "N_ρ(n) with 95 % bootstrap intervals and the fitted "
        + "power law.");
  }

  static String exponent(ExponentEstimate k) {
    if (!k.isEstimated()) {
      return "k not estimated (fewer than two N_ρ(n) inside the grid)";
    }
    return "N_ρ ∝ n^k with k = " + num(k.exponent(), 2) + (Double.isNaN(k.lower()) ? " (no bootstrap interval)"
        : " (95 % bootstrap interval " + num(k.lower(), 2) + " to " + num(k.upper(), 2) + ", " + k.replicatesUsed()
            + " of " + k.replicates() + " replicates usable)") + " over n from " + k.dimensions().get(0) + " to "
        + k.dimensions().get(k.dimensions().size() - 1);
  }

  private static XyChart rhoChart(DeviationResult r) {
    DeviationConfig c = r.config();
    XyChart chart = Charts.logLog("Uniform deviation of the coarse gradient", "sample size N", "median ρ");
    double[] sizes = c.sampleSizes().stream().mapToDouble(Integer::doubleValue).toArray();
    for (int n : c.dimensions()) {
      double[] y = new double[sizes.length];
      for (int i = 0; i < sizes.length; i++) {
        y[i] = r.cell(n, c.sampleSizes().get(i)).median();
      }
      Charts.add(chart, "n = " + n, sizes, y);
    }
    Charts.addDashed(chart, "target ρ = " + num(c.target(), 2), new double[] {sizes[0], sizes[sizes.length - 1]},
        new double[] {c.target(), c.target()});
    return chart;
  }

  private static XyChart neededChart(DeviationResult r) {
    XyChart chart = Charts.logLog("Sample size for ρ ≤ " + num(r.config().target(), 2), "dimension n", "N_ρ");
    List<Threshold> ts = r.needed();
    double[] n = new double[ts.size()];
    double[] y = new double[ts.size()];
    boolean any = false;
    for (int i = 0; i < n.length; i++) {
      n[i] = ts.get(i).dimension();
      y[i] = ts.get(i).value();
      any |= Double.isFinite(y[i]);
    }
    if (!any) {
      return chart;
    }
    double[] low = new double[n.length];
    double[] high = new double[n.length];
    for (int i = 0; i < n.length; i++) {
      Threshold t = ts.get(i);
      boolean bar = t.isEstimated() && Double.isFinite(t.lower()) && Double.isFinite(t.upper()) && t.lower() > 0;
      low[i] = bar ? t.lower() : Double.NaN; // no bar where the interval is undefined
      high[i] = bar ? t.upper() : Double.NaN;
    }
    Charts.add(chart, "N_ρ with 95 % bootstrap interval", n, y).markersOnly().errorBars(low, high);
    ExponentEstimate k = r.exponent();
    if (k.isEstimated()) {
      double lo = k.dimensions().get(0);
      double hi = k.dimensions().get(k.dimensions().size() - 1);
      Charts.add(chart, "fit: k = " + num(k.exponent(), 2), new double[] {lo, hi},
          new double[] {k.fit().predict(lo), k.fit().predict(hi)}).markers(false);
    }
    return chart;
  }
}
