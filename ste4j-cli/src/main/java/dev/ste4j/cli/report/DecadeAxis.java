package dev.ste4j.cli.report;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A logarithmic axis labelled as a reader expects: the powers of ten, and where the range is short also 2× and 5×
 * (under one decade 3×, under half a decade every mantissa), skipping a label that would crowd its neighbours; an
 * unlabelled minor tick, which carries a light grid line, at every 1…9 × 10^k where a decade is wide enough for them.
 * All labels of one axis share one format: plain digits while every label lies in [0.001, 10000], else "10⁻⁴" and
 * "5×10⁻⁵".
 */
final class DecadeAxis extends LogAxis {

  /** Room between two neighbouring labels, in pixels. */
  private static final double GAP = 8;

  /** Labels on a vertical axis sit at least this far apart, in pixels (every other decade on a long axis). */
  private static final double MIN_ROW = 30;

  /** Minor ticks are drawn only where a decade is at least this tall or wide, in pixels: denser reads as hatching. */
  static final double MINOR_DECADE = 40;

  DecadeAxis(String label) {
    super(label);
    setMinorTickMarksVisible(true);
  }

  /**
   * The labelled values over [lo, hi] in order of priority: the decades, then the mantissas worth a label for the
   * range (5×, 2×, 3×, then the rest), so that a crowded axis keeps the most readable ones.
   */
  static List<Double> candidates(double lo, double hi) {
    List<Double> out = new ArrayList<>();
    if (!(lo > 0) || !(hi > lo) || !Double.isFinite(hi)) {
      return out;
    }
    double span = Math.log10(hi / lo);
    int[] mantissas = span >= 2 ? new int[] {1}
        : span >= 1 ? new int[] {1, 5, 2}
        : span >= 0.5 ? new int[] {1, 5, 2, 3}
        : new int[] {1, 5, 2, 3, 4, 6, 8, 7, 9};
    int first = (int) Math.floor(Math.log10(lo));
    int last = (int) Math.floor(Math.log10(hi));
    for (int m : mantissas) {
      for (int k = first; k <= last; k++) {
        double v = value(m, k);
        if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) {
          out.add(v);
        }
      }
    }
    return out;
  }

  /** Whether every label over [lo, hi] fits plain digits (0.001 to 10000). */
  static boolean plain(double lo, double hi) {
    return lo >= 1e-3 * (1 - 1e-12) && hi < 1e5;
  }

  /** m × 10^k as plain digits ("0.05", "200") or as "5×10⁻⁵" ("10⁻⁴" for m = 1). */
  static String label(double v, boolean plain) {
    BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
    if (plain) {
      return d.toPlainString();
    }
    int exponent = d.precision() - d.scale() - 1;
    String mantissa = d.scaleByPowerOfTen(-exponent).stripTrailingZeros().toPlainString();
    String power = "10" + superscript(exponent);
    return mantissa.equals("1") ? power : mantissa + "×" + power;
  }

  private static String superscript(int n) {
    String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    StringBuilder b = new StringBuilder(n < 0 ? "⁻" : "");
    for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
      b.append(digits.charAt(c - '0'));
    }
    return b.toString();
  }

  private static double value(int m, int k) {
    return BigDecimal.valueOf(m).scaleByPowerOfTen(k).doubleValue();
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    double lo = getLowerBound();
    double hi = getUpperBound();
    boolean horizontal = RectangleEdge.isTopOrBottom(edge);
    boolean plain = plain(lo, hi);
    Font font = getTickLabelFont();
    FontMetrics fm = g2.getFontMetrics(font);
    List<double[]> taken = new ArrayList<>(); // [screen position, half extent] of each placed label
    List<Double> labelled = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (double v : candidates(lo, hi)) {
      String text = label(v, plain);
      double at = valueToJava2D(v, dataArea, edge);
      double half = horizontal ? fm.stringWidth(text) / 2.0 : Math.max(fm.getHeight(), MIN_ROW - GAP) / 2.0;
      if (free(taken, at, half)) {
        taken.add(new double[] {at, half});
        labelled.add(v);
        texts.add(text);
      }
    }
    TextAnchor anchor = horizontal ? (edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER)
        : (edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
    List ticks = new ArrayList();
    for (int i = 0; i < labelled.size(); i++) {
      ticks.add(new NumberTick(TickType.MAJOR, labelled.get(i), texts.get(i), anchor, anchor, 0.0));
    }
    double decade = Math.abs(valueToJava2D(10, dataArea, edge) - valueToJava2D(1, dataArea, edge));
    if (lo > 0 && hi > lo && Double.isFinite(hi) && decade >= MINOR_DECADE) {
      for (int k = (int) Math.floor(Math.log10(lo)); k <= (int) Math.floor(Math.log10(hi)); k++) {
        for (int m = 1; m <= 9; m++) {
          double v = value(m, k);
          if (v >= lo && v <= hi && !labelled.contains(v)) {
            ticks.add(new NumberTick(TickType.MINOR, v, "", anchor, anchor, 0.0));
          }
        }
      }
    }
    return ticks;
  }

  private static boolean free(List<double[]> taken, double at, double half) {
    for (double[] t : taken) {
      if (Math.abs(at - t[0]) < half + t[1] + GAP) {
        return false;
      }
    }
    return true;
  }
}
