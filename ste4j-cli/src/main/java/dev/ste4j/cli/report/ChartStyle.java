package dev.ste4j.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The one house style of every chart: fonts, colours, grid, axes and legend, applied to JFreeChart objects. */
final class ChartStyle {

  static final Font BASE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font TITLE = BASE.deriveFont(Font.BOLD, 15f);
  static final Font AXIS_LABEL = BASE.deriveFont(13f);
  static final Font TICK_LABEL = BASE.deriveFont(11f);
  static final Font LEGEND = BASE.deriveFont(12f);

  static final Color TEXT = new Color(0x1D2330);
  static final Color BORDER = new Color(0xB0B7C3);
  static final Color GRID = new Color(0xDDE2E9);
  /** Minor grid lines on a log axis: lighter than the major ones, so the decades still stand out. */
  static final Color MINOR_GRID = new Color(0xF0F2F5);

  /**
   * Okabe–Ito colours, distinguishable with the common forms of colour blindness, then grey and brown so that up to
   * ten series keep their own colour; yellow, faint on white, comes last.
   */
  static final Color[] PALETTE = {
      new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0x8C8C8C), new Color(0x8C510A),
      new Color(0xF0E442)};

  /** Viridis stops: perceptually uniform from low (purple) to high (yellow). */
  static final Color[] HEAT = {
      new Color(0x440154), new Color(0x3B528B), new Color(0x21918C), new Color(0x5EC962), new Color(0xFDE725)};

  static final BasicStroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  static final BasicStroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
      new float[] {7f, 4f}, 0f);

  private ChartStyle() {}

  /** A marker shape per series index, so that series stay apart where colours are hard to tell. */
  static Shape marker(int index) {
    double r = 3.2;
    // Five shapes against ten colours: no two of the first ten series look alike, and shapes tell them apart in grey.
    return switch (index % 5) {
      case 0 -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
      case 1 -> new Rectangle2D.Double(-r * 0.9, -r * 0.9, 1.8 * r, 1.8 * r);
      case 2 -> polygon(new double[] {0, r, -r}, new double[] {-r, r * 0.8, r * 0.8});
      case 3 -> polygon(new double[] {0, r, 0, -r}, new double[] {-r, 0, r, 0});
      default -> polygon(new double[] {-r, r, 0}, new double[] {-r * 0.8, -r * 0.8, r});
    };
  }

  private static Shape polygon(double[] x, double[] y) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(x[0], y[0]);
    for (int i = 1; i < x.length; i++) {
      p.lineTo(x[i], y[i]);
    }
    p.closePath();
    return p;
  }

  /** A linear axis with ticks at 1/2/5 × 10^k, not forced to include zero. */
  static NumberAxis linearAxis(String label, boolean integer) {
    NumberAxis a = new LinearAxis(label, integer);
    axis(a);
    return a;
  }

  static DecadeAxis logAxis(String label) {
    DecadeAxis a = new DecadeAxis(label);
    axis(a);
    return a;
  }

  static void axis(ValueAxis a) {
    a.setLabelFont(AXIS_LABEL);
    a.setLabelPaint(TEXT);
    a.setTickLabelFont(TICK_LABEL);
    a.setTickLabelPaint(TEXT);
    a.setAxisLinePaint(BORDER);
    a.setTickMarkPaint(BORDER);
  }

  /** Title, white background and the legend beside the plot (or none), on a chart built around {@code plot}. */
  static JFreeChart chart(String title, Plot plot, boolean legend) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(BORDER);
    JFreeChart chart = new JFreeChart(null, TITLE, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(6, 6, 6, 12));
    if (title != null && !title.isEmpty()) {
      TextTitle t = new TextTitle(title, TITLE);
      t.setPaint(TEXT);
      t.setPadding(new RectangleInsets(4, 4, 8, 4));
      chart.setTitle(t);
    }
    if (legend) {
      LegendTitle l = legend(plot);
      l.setPosition(RectangleEdge.RIGHT);
      l.setVerticalAlignment(org.jfree.chart.ui.VerticalAlignment.TOP);
      l.setHorizontalAlignment(HorizontalAlignment.LEFT);
      l.setMargin(new RectangleInsets(8, 12, 0, 0));
      chart.addSubtitle(l);
    }
    return chart;
  }

  static LegendTitle legend(Plot plot) {
    return legend(plot, null);
  }

  /** A legend in the house style; {@code arrangement} overrides JFreeChart's (rows, or a column beside the plot). */
  static LegendTitle legend(Plot plot, org.jfree.chart.block.Arrangement arrangement) {
    LegendTitle l = arrangement == null ? new LegendTitle(plot) : new LegendTitle(plot, arrangement, arrangement);
    l.setItemFont(LEGEND);
    l.setItemPaint(TEXT);
    l.setFrame(new BlockBorder(new Color(0xD0D5DD)));
    l.setBackgroundPaint(Color.WHITE);
    l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 6));
    return l;
  }
}
