package dev.ste4j.cli.command.lab.jeong2025;

import static dev.ste4j.cli.command.lab.jeong2025.Jeong2025Text.num;

import dev.ste4j.cli.report.Charts;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.cli.report.XyChart;
import dev.ste4j.lab.jeong2025.RecurrenceCell;
import dev.ste4j.lab.jeong2025.RecurrenceConfig;
import dev.ste4j.lab.jeong2025.RecurrenceResult;
import dev.ste4j.lab.jeong2025.RecurrenceTrace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a {@link RecurrenceResult} into a run folder and describes it in a report section. */
public final class Jeong2025RecurrenceReport {

  /** Iterations shown in the trace plots: enough to see several excursions, few enough to see each one. */
  static final int PLOT_WINDOW = 300;

  private Jeong2025RecurrenceReport() {}

  public static void write(RecurrenceResult r, RunFolder run, Report.Section section, String prefix)
      throws IOException {
    RecurrenceConfig c = r.config();
    section.paragraph("Hamming distance d_t between Q(w_t) and w* during the STE-gradient method, with Gaussian label "
        + "noise of standard deviation s (s = 0 is the noiseless case beside it). Trial t at sample size N uses the "
        + "same teacher, inputs and noise directions at every s, so the levels differ only in s. " + c.trials()
        + " trials per (s, N), T = " + c.method().iterations() + ".");
    section.foldedKeyValues("Configuration", c.describe());
    Table cells = new Table("noise", "N", "trials", "reached", "stayed", "fraction_at_optimum", "fraction_se_max",
        "returns",
        "departures", "mean_return_time", "mean_first_hit")
        .undefinedWhen("mean_return_time", "No trial escaped and came back, so there is no excursion to average.")
        .undefinedWhen("mean_first_hit", "No trial reached the optimum.");
    for (RecurrenceCell x : r.cells()) {
      cells.row(x.noise(), x.sampleSize(), x.trials(), x.reached(), x.stayed(), x.meanFractionAtOptimum(),
          standardErrorBound(x), x.meanReturns(), x.meanDepartures(), x.meanReturnTime(), x.meanFirstHit());
    }
    run.writeTable(prefix + "-cells", cells);
    section.table("Per (s, N): trials that reached the optimum and that stayed there; mean fraction of iterations at "
        + "the optimum with the largest standard error it can have (fraction_se_max, see the plot below); mean returns "
        + "and escapes per trial; mean excursion length (iterations from an escape to the "
        + "next return); mean first hitting time", cells);

    List<String> columns = new ArrayList<>();
    columns.add("t");
    for (RecurrenceTrace t : r.traces()) {
      columns.add(String.format(Locale.ROOT, "d_s%s_N%d", num(t.noise(), 3), t.sampleSize()));
    }
    Table traces = new Table(columns);
    int steps = c.method().iterations();
    for (int t = 0; t <= steps; t++) {
      Object[] row = new Object[columns.size()];
      row[0] = t;
      for (int i = 0; i < r.traces().size(); i++) {
        row[i + 1] = r.traces().get(i).distance()[t];
      }
      traces.row(row);
    }
    run.writeTable(prefix + "-traces", traces);
    int window = Math.min(PLOT_WINDOW, steps);
    for (double s : c.noiseLevels()) {
      XyChart chart = Charts.integerY(Charts.line(String.format(Locale.ROOT, "Hamming distance to w*, label noise "
          + "s = %s", num(s, 3)), "iteration t", "d_t"));
      for (RecurrenceTrace t : r.traces()) {
        if (t.noise() == s) {
          double[] x = new double[window + 1];
          double[] y = new double[window + 1];
          for (int i = 0; i <= window; i++) {
            x[i] = i;
            y[i] = t.distance()[i];
          }
          Charts.add(chart, "N = " + t.sampleSize(), x, y);
        }
      }
      Path png = run.plot(prefix + "-trace-s" + num(s, 3).replace('.', '_'), chart);
      section.image(png, "d_t over the first " + window + " of " + steps + " iterations, trial 0, s = " + num(s, 3)
          + ".");
    }
    XyChart fraction = Charts.line("Fraction of iterations at the optimum", "label noise s", "fraction");
    for (int size : c.sampleSizes()) {
      double[] x = c.noiseLevels().stream().mapToDouble(Double::doubleValue).toArray();
      double[] y = new double[x.length];
      double[] low = new double[x.length];
      double[] high = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        RecurrenceCell cell = r.cell(x[i], size);
        y[i] = cell.meanFractionAtOptimum();
        low[i] = Math.max(0, y[i] - standardErrorBound(cell));
        high[i] = Math.min(1, y[i] + standardErrorBound(cell));
      }
      Charts.add(fraction, "N = " + size, x, y).errorBars(low, high);
    }
    section.image(run.plot(prefix + "-fraction", fraction), "Mean fraction of iterations with Q(w_t) = w*, over "
        + c.trials() + " trials; bars: ± the binomial standard error √(p(1−p)/trials), the largest the standard "
        + "error of a mean of per-trial fractions in [0, 1] with mean p can be (Bhatia–Davis).");
    XyChart excursions = Charts.line("Mean excursion away from the optimum", "label noise s",
        "iterations from escape to return");
    boolean anyExcursion = false;
    for (int size : c.sampleSizes()) {
      double[] x = c.noiseLevels().stream().mapToDouble(Double::doubleValue).toArray();
      double[] y = new double[x.length];
      boolean finite = false;
      for (int i = 0; i < x.length; i++) {
        y[i] = r.cell(x[i], size).meanReturnTime();
        finite |= Double.isFinite(y[i]);
      }
      if (finite) {
        Charts.add(excursions, "N = " + size, x, y);
        anyExcursion = true;
      }
    }
    if (anyExcursion) {
      section.image(run.plot(prefix + "-excursions", excursions), "Mean return time (excursion length) against the "
          + "noise level; absent where the iterate never left the optimum.");
    }
    run.writeTable(prefix + "-work", Jeong2025Text.workTable(r.work()));
    section.paragraph(Jeong2025Text.work(r.work()));
  }

  /**
   * An upper bound on the standard error of the mean fraction at the optimum: per-trial fractions lie in [0, 1], so
   * their variance is at most p(1 − p) for mean p (Bhatia–Davis), the binomial variance; the bound needs no per-trial
   * values.
   */
  static double standardErrorBound(RecurrenceCell x) {
    double p = x.meanFractionAtOptimum();
    return x.trials() > 0 ? Math.sqrt(Math.max(0, p * (1 - p)) / x.trials()) : Double.NaN;
  }

  /** The lines printed when {@code ste lab jeong2025 recurrence} ends. */
  public static List<String> summary(RecurrenceResult r) {
    List<String> lines = new ArrayList<>();
    for (RecurrenceCell x : r.cells()) {
      lines.add(String.format(Locale.ROOT, "  s=%-6s N=%-6d reached %d/%d, stayed %d, at optimum %s, returns %s, "
          + "mean excursion %s", num(x.noise(), 3), x.sampleSize(), x.reached(), x.trials(), x.stayed(),
          Jeong2025Text.percent(x.meanFractionAtOptimum()), num(x.meanReturns(), 1), num(x.meanReturnTime(), 2)));
    }
    return lines;
  }
}
