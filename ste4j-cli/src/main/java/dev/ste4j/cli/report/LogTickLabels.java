package dev.ste4j.cli.report;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * Labels a logarithmic axis between its decades. XChart 3.8.8 puts tick marks at 1…9 × 10^k but labels only the
 * powers of ten, so an axis spanning less than two decades shows one or two numbers, or none. This annotation adds
 * labels at the 2×, 5× (and, on shorter ranges, 3×, 4×, … 9×) tick marks, drawn in the tick-label font just where
 * XChart draws its own, and skips any label that would crowd a neighbor. It draws nothing on a linear axis, so it is
 * safe to add to every chart.
 *
 * <p>Positions follow XChart's own axis layout: a tick label sits {@code axisTickMarkLength + 2 axisTickPadding} away
 * from the plot's edge.
 */
final class LogTickLabels extends Annotation {

  /** Extra horizontal room between two x labels, and vertical room between two y labels, in pixels. */
  private static final double GAP = 8;

  private final List<Double> drawnX = new ArrayList<>();
  private final List<Double> drawnY = new ArrayList<>();

  LogTickLabels() {
    super(false);
  }

  /**
   * The values between decades worth a label on a log axis over [lo, hi]: none when the range spans two decades or
   * more (the decade labels suffice), 2× and 5× from one to two decades, 2×, 3× and 5× under one decade, and every
   * tick mark (2× to 9×) under half a decade. Ordered by priority (5×, 2×, 3×, then the rest), so that a crowded axis
   * keeps the most readable ones.
   */
  static List<Double> candidates(double lo, double hi) {
    List<Double> out = new ArrayList<>();
    if (!(lo > 0) || !(hi > lo) || !Double.isFinite(hi)) {
      return out;
    }
    double span = Math.log10(hi / lo);
    int[] mantissas = span >= 2 ? new int[0]
        : span >= 1 ? new int[] {5, 2}
        : span >= 0.5 ? new int[] {5, 2, 3}
        : new int[] {5, 2, 3, 4, 6, 8, 7, 9};
    int first = (int) Math.floor(Math.log10(lo));
    int last = (int) Math.floor(Math.log10(hi));
    for (int m : mantissas) {
      for (int k = first; k <= last; k++) {
        double v = BigDecimal.valueOf(m).scaleByPowerOfTen(k).doubleValue();
        if (v >= lo && v <= hi) {
          out.add(v);
        }
      }
    }
    return out;
  }

  /** A label for m × 10^k: plain digits from 0.001 to below a million ("0.05", "200"), else "5E-5" as XChart does. */
  static String label(double v) {
    BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
    if (v >= 1e-3 && v < 1e6) {
      return d.toPlainString();
    }
    return d.unscaledValue() + "E" + (-d.scale());
  }

  /**
   * Widens the room between the y axis title and its tick labels by as much as the widest added label is wider than
   * XChart's own decade labels (XChart sizes that column by its labels only, and a short range may have no decade in
   * view at all). Call before painting; it is idempotent, based on {@code basePadding}.
   */
  static void reserveRoom(XYChart chart, int basePadding) {
    AxesChartStyler s = chart.getStyler();
    int extra = 0;
    if (s.isYAxisLogarithmic() && !chart.getSeriesMap().isEmpty()) {
      double[] range = range(chart, false);
      FontRenderContext frc = new FontRenderContext(null, true, false);
      double ours = 0;
      for (double v : candidates(range[0], range[1])) {
        ours = Math.max(ours, new TextLayout(label(v), s.getAxisTickLabelsFont(), frc).getBounds().getWidth());
      }
      double theirs = 0;
      for (double v : decades(range)) {
        theirs = Math.max(theirs, new TextLayout(label(v), s.getAxisTickLabelsFont(), frc).getBounds().getWidth());
      }
      extra = (int) Math.ceil(Math.max(0, ours - theirs));
    }
    s.setAxisTitlePadding(basePadding + extra);
  }

  /** The values labeled by the last paint on the x axis (for tests). */
  List<Double> drawnX() {
    return List.copyOf(drawnX);
  }

  /** The values labeled by the last paint on the y axis (for tests). */
  List<Double> drawnY() {
    return List.copyOf(drawnY);
  }

  @Override
  public void paint(Graphics2D g) {
    drawnX.clear();
    drawnY.clear();
    if (!(chart instanceof XYChart xy) || xy.getSeriesMap().isEmpty()) {
      return;
    }
    AxesChartStyler s = xy.getStyler();
    Font font = s.getAxisTickLabelsFont();
    // Annotation's "ForMin/ForMax" methods return the plot surface's edges (its y pair from the top down).
    double plotLeft = getXAxisScreenValueForMin();
    double plotRight = getXAxisScreenValueForMax();
    double plotTop = getYAxisScreenValueForMin();
    double plotBottom = getYAxisScreenValueForMax();
    // Between the plot and a label: padding, the axis line with its tick marks, padding again.
    double offset = s.getAxisTickMarkLength() + 2 * s.getAxisTickPadding();
    if (s.isXAxisLogarithmic() && s.isXAxisTicksVisible()) {
      double[] range = range(xy, true);
      g.setColor(s.getXAxisTickLabelsColor());
      // XChart sets a label's bottom on the axis title, which lies a whole-pixel label height below the offset.
      double bottom = plotBottom + offset + outline(g, font, "0123456789").getBounds().height;
      List<double[]> taken = new ArrayList<>(); // [center, half width] of each label on the axis
      for (double v : decades(range)) {
        taken.add(new double[] {getXAxisScreenValue(v), width(g, font, label(v)) / 2});
      }
      for (double v : candidates(range[0], range[1])) {
        Shape shape = outline(g, font, label(v));
        Rectangle2D b = shape.getBounds2D();
        double at = getXAxisScreenValue(v);
        if (at > plotLeft && at < plotRight && free(taken, at, b.getWidth() / 2, true)) {
          taken.add(new double[] {at, b.getWidth() / 2});
          fill(g, shape, at - b.getWidth() / 2 - b.getX(), bottom - (b.getY() + b.getHeight()));
          drawnX.add(v);
        }
      }
    }
    if (s.isYAxisLogarithmic() && s.isYAxisTicksVisible()) {
      double[] range = range(xy, false);
      g.setColor(s.getYAxisTickLabelsColor());
      List<double[]> taken = new ArrayList<>();
      for (double v : decades(range)) {
        taken.add(new double[] {getYAxisScreenValue(v), 0});
      }
      double height = outline(g, font, "0").getBounds2D().getHeight();
      for (double v : candidates(range[0], range[1])) {
        Shape shape = outline(g, font, label(v));
        Rectangle2D b = shape.getBounds2D();
        double at = getYAxisScreenValue(v);
        if (at > plotTop && at < plotBottom && free(taken, at, height / 2, false)) {
          taken.add(new double[] {at, 0});
          // Right-aligned against the tick marks, vertically centered on the tick, as XChart's own labels.
          fill(g, shape, plotLeft - offset - b.getWidth() - b.getX(), at + b.getHeight() / 2 - (b.getY() + b.getHeight()));
          drawnY.add(v);
        }
      }
    }
  }

  /** Whether a label centered at {@code at} with the given half extent keeps clear of every label already placed. */
  private static boolean free(List<double[]> taken, double at, double half, boolean horizontal) {
    for (double[] t : taken) {
      double need = horizontal ? half + t[1] + GAP : 2 * half + GAP / 2;
      if (Math.abs(at - t[0]) < need) {
        return false;
      }
    }
    return true;
  }

  private static List<Double> decades(double[] range) {
    List<Double> out = new ArrayList<>();
    if (!(range[0] > 0) || !(range[1] >= range[0])) {
      return out;
    }
    for (int k = (int) Math.ceil(Math.log10(range[0])); k <= (int) Math.floor(Math.log10(range[1])); k++) {
      out.add(BigDecimal.ONE.scaleByPowerOfTen(k).doubleValue());
    }
    return out;
  }

  /** The axis range as XChart computes it: the positive data of every series, unless the styler fixes an end. */
  private static double[] range(XYChart chart, boolean x) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (XYSeries series : chart.getSeriesMap().values()) {
      for (double v : x ? series.getXData() : series.getYData()) {
        if (v > 0 && Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    Double fixedLo = x ? chart.getStyler().getXAxisMin() : chart.getStyler().getYAxisMin();
    Double fixedHi = x ? chart.getStyler().getXAxisMax() : chart.getStyler().getYAxisMax();
    return new double[] {fixedLo != null ? fixedLo : lo, fixedHi != null ? fixedHi : hi};
  }

  private static Shape outline(Graphics2D g, Font font, String text) {
    return new TextLayout(text, font, g.getFontRenderContext()).getOutline(null);
  }

  private static double width(Graphics2D g, Font font, String text) {
    return outline(g, font, text).getBounds2D().getWidth();
  }

  private static void fill(Graphics2D g, Shape shape, double dx, double dy) {
    Graphics2D copy = (Graphics2D) g.create();
    try {
      copy.translate(dx, dy);
      copy.fill(shape);
    } finally {
      copy.dispose();
    }
  }
}
