package dev.ste4j.cli.command.lab.jeong2025;

import static dev.ste4j.cli.command.lab.jeong2025.Jeong2025Text.num;

import dev.ste4j.cli.report.Charts;
import dev.ste4j.lab.jeong2025.ExponentEstimate;
import dev.ste4j.lab.jeong2025.PhaseResult;
import dev.ste4j.lab.jeong2025.SampleComplexity;
import dev.ste4j.lab.jeong2025.Threshold;
import dev.ste4j.cli.report.XyChart;
import java.awt.Color;

/**
 * The log–log plot of N*(n) at one recovery level: both iterates' thresholds with their 95 % bootstrap intervals as
 * error bars, the power law fitted to all n (solid) and the one fitted to the upper half of the n grid (dashed).
 */
final class Jeong2025FitChart {

  private static final Color LAST = new Color(0x0072B2);
  private static final Color AVERAGED = new Color(0xD55E00);

  private Jeong2025FitChart() {}

  static XyChart of(PhaseResult r, int levelIndex) {
    SampleComplexity last = r.lastLevels().get(levelIndex);
    SampleComplexity averaged = r.averagedLevels().get(levelIndex);
    XyChart chart = Charts.logLog("Sample-size threshold N*(n) at " + Jeong2025Text.percent(last.level())
        + " recovery", "dimension n", "N*");
    // The points rise to the upper right; the legend goes where they are not.
    chart.legend(XyChart.Legend.INSIDE_TOP_LEFT);
    // The two iterates' thresholds often nearly coincide: drawn 2 % apart in n so both show.
    addIterate(chart, "last", last, LAST, 0.98);
    addIterate(chart, "averaged", averaged, AVERAGED, 1.02);
    return chart;
  }

  private static void addIterate(XyChart chart, String name, SampleComplexity sc, Color colour, double shift) {
    double[] n = new double[sc.thresholds().size()];
    double[] star = new double[n.length];
    boolean any = false;
    for (int i = 0; i < n.length; i++) {
      n[i] = sc.thresholds().get(i).dimension() * shift;
      star[i] = sc.thresholds().get(i).value();
      any |= Double.isFinite(star[i]);
    }
    if (!any) {
      return;
    }
    double[] low = new double[n.length];
    double[] high = new double[n.length];
    for (int i = 0; i < n.length; i++) {
      Threshold t = sc.thresholds().get(i);
      boolean bar = t.isEstimated() && Double.isFinite(t.lower()) && Double.isFinite(t.upper()) && t.lower() > 0;
      low[i] = bar ? t.lower() : Double.NaN; // no bar where the interval is undefined
      high[i] = bar ? t.upper() : Double.NaN;
    }
    Charts.add(chart, "N* " + name + " with 95 % bootstrap interval", n, star).markersOnly().colour(colour)
        .errorBars(low, high);
    addFit(chart, "fit " + name + ", all n", sc.exponent(), colour, false);
    addFit(chart, "fit " + name + ", upper half", sc.upperExponent(), colour, true);
  }

  private static void addFit(XyChart chart, String label, ExponentEstimate k, Color colour, boolean dashed) {
    if (!k.isEstimated()) {
      return;
    }
    double lo = k.dimensions().get(0);
    double hi = k.dimensions().get(k.dimensions().size() - 1);
    double[] x = {lo, hi};
    double[] y = {k.fit().predict(lo), k.fit().predict(hi)};
    String name = label + ": k = " + num(k.exponent(), 2);
    (dashed ? Charts.addDashed(chart, name, x, y) : Charts.add(chart, name, x, y)).colour(colour).markers(false);
  }
}
