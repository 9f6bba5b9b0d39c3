package dev.ste4j.cli.command.lab.jeong2025;

import dev.ste4j.cli.report.BarChart;
import dev.ste4j.cli.report.Charts;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.lab.jeong2025.InputDistribution;
import dev.ste4j.lab.jeong2025.NonGaussianCell;
import dev.ste4j.lab.jeong2025.NonGaussianConfig;
import dev.ste4j.lab.jeong2025.NonGaussianResult;
import dev.ste4j.lab.jeong2025.Normalization;
import dev.ste4j.lab.numeric.BinomialInterval;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a {@link NonGaussianResult} into a run folder and describes it in a report section. */
public final class Jeong2025NonGaussianReport {

  /** A rise in recovery rate at least this large counts as "normalization restored recovery". */
  static final double RESTORED = 0.25;

  private Jeong2025NonGaussianReport() {}

  public static void write(NonGaussianResult r, RunFolder run, Report.Section section, String prefix)
      throws IOException {
    NonGaussianConfig c = r.config();
    section.paragraph("Exact-recovery rates for non-Gaussian inputs, raw and standardized per feature (zero mean, unit "
        + "variance over the sample). The teacher labels the inputs the student sees, so both settings stay exactly "
        + "realizable; the raw and standardized runs of a trial share the same raw draws. " + c.trials()
        + " trials per cell, n = " + c.model().dimension() + ".");
    section.foldedKeyValues("Configuration", c.describe());
    Table cells = new Table("distribution", "normalization", "N", "trials", "last_successes", "last_rate",
        "last_low95", "last_high95", "averaged_rate", "mean_last_distance");
    for (NonGaussianCell x : r.cells()) {
      BinomialInterval w = BinomialInterval.wilson95(x.lastSuccesses(), x.trials());
      cells.row(x.distribution().id(), x.normalization().id(), x.sampleSize(), x.trials(), x.lastSuccesses(),
          x.lastRate(), w.low(), w.high(), x.averagedRate(), x.meanLastDistance());
    }
    run.writeTable(prefix + "-cells", cells);
    section.foldedTable("Recovery rate of the last and averaged iterates (last-iterate 95 % Wilson interval)", cells);
    for (int size : c.sampleSizes()) {
      BarChart chart = Charts.bar("Last-iterate recovery, n = " + c.model().dimension() + ", N = " + size,
          "input distribution", "recovery rate");
      chart.yRange(0, 1);
      // Distribution names are long: tilt them so they do not run into each other.
      chart.labelAngle(20);
      List<String> names = new ArrayList<>();
      for (InputDistribution d : c.distributions()) {
        names.add(d.id());
      }
      for (Normalization norm : Normalization.values()) {
        List<Double> rates = new ArrayList<>();
        double[] low = new double[c.distributions().size()];
        double[] high = new double[low.length];
        for (InputDistribution d : c.distributions()) {
          NonGaussianCell cell = r.cell(d, norm, size);
          BinomialInterval w = BinomialInterval.wilson95(cell.lastSuccesses(), cell.trials());
          low[rates.size()] = w.low();
          high[rates.size()] = w.high();
          rates.add(cell.lastRate());
        }
        chart.add(norm.id(), names, rates, low, high);
      }
      Path png = run.plot(prefix + "-N" + size, chart);
      section.image(png, "Last-iterate recovery rate per input distribution, raw (none) and standardized, N = "
          + size + ", with 95 % Wilson intervals over the " + c.trials() + " trials.");
    }
    section.paragraph(findings(r));
    run.writeTable(prefix + "-work", Jeong2025Text.workTable(r.work()));
    section.paragraph(Jeong2025Text.work(r.work()));
  }

  /**
   * Computed statements: where standardization raised the recovery rate by at least {@link #RESTORED} and beyond the
   * noise (the standardized rate's 95 % Wilson interval lies above the raw rate's), so no rise is claimed that the
   * trials cannot tell from chance.
   */
  static String findings(NonGaussianResult r) {
    List<String> restored = new ArrayList<>();
    List<String> unaffected = new ArrayList<>();
    for (InputDistribution d : r.config().distributions()) {
      boolean any = false;
      for (int size : r.config().sampleSizes()) {
        NonGaussianCell raw = r.cell(d, Normalization.NONE, size);
        NonGaussianCell std = r.cell(d, Normalization.STANDARDIZE, size);
        boolean beyondNoise = BinomialInterval.wilson95(std.lastSuccesses(), std.trials()).low()
            > BinomialInterval.wilson95(raw.lastSuccesses(), raw.trials()).high();
        if (std.lastRate() - raw.lastRate() >= RESTORED && beyondNoise) {
          restored.add(String.format(Locale.ROOT, "%s at N = %d (%s raw, %s standardized)", d.id(), size,
              Jeong2025Text.percent(raw.lastRate()), Jeong2025Text.percent(std.lastRate())));
          any = true;
        }
      }
      if (!any) {
        unaffected.add(d.id());
      }
    }
    return "Standardization raised last-iterate recovery by at least " + Jeong2025Text.percent(RESTORED)
        + ", with the 95 % Wilson intervals apart, for: "
        + (restored.isEmpty() ? "none" : String.join("; ", restored)) + ". No such rise for: "
        + (unaffected.isEmpty() ? "none" : String.join(", ", unaffected)) + " (a smaller rise, or one within the noise).";
  }

  /** The lines printed when {@code ste lab jeong2025 nongaussian} ends. */
  public static List<String> summary(NonGaussianResult r) {
    List<String> lines = new ArrayList<>();
    for (InputDistribution d : r.config().distributions()) {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-17s", d.id()));
      for (int size : r.config().sampleSizes()) {
        sb.append(String.format(Locale.ROOT, " N=%d: raw %s, standardized %s;", size,
            Jeong2025Text.percent(r.cell(d, Normalization.NONE, size).lastRate()),
            Jeong2025Text.percent(r.cell(d, Normalization.STANDARDIZE, size).lastRate())));
      }
      lines.add(sb.toString());
    }
    lines.add(findings(r));
    return lines;
  }
}
