package dev.ste4j.cli.report;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/** Draws a {@link HeatMap} with JFreeChart: one block per cell, viridis colours, a labelled colour bar at the right. */
final class HeatMapRender {

  private HeatMapRender() {}

  static JFreeChart build(HeatMap h) {
    int nx = h.xs().length;
    int ny = h.ys().length;
    int finite = 0;
    for (int j = 0; j < ny; j++) {
      for (int i = 0; i < nx; i++) {
        finite += Double.isFinite(h.z(j, i)) ? 1 : 0;
      }
    }
    double[][] cells = new double[3][finite];
    int k = 0;
    for (int j = 0; j < ny; j++) {
      for (int i = 0; i < nx; i++) {
        if (Double.isFinite(h.z(j, i))) {
          cells[0][k] = i;
          cells[1][k] = j;
          cells[2][k++] = h.z(j, i);
        }
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries(h.title() == null || h.title().isEmpty() ? "z" : h.title(), cells);
    double lo = h.min();
    double hi = h.max() > h.min() ? h.max() : h.min() + Math.max(1, Math.abs(h.min()));
    Viridis scale = new Viridis(lo, hi);
    XYBlockRenderer r = new XYBlockRenderer();
    r.setPaintScale(scale);
    XYPlot plot = new XYPlot(data, categories(h.xLabel(), h.xs()), categories(h.yLabel(), h.ys()), r);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
    if (nx * ny <= HeatMap.VALUE_LIMIT) {
      for (int j = 0; j < ny; j++) {
        for (int i = 0; i < nx; i++) {
          double v = h.z(j, i);
          if (Double.isFinite(v)) {
            XYTextAnnotation a = new XYTextAnnotation(Charts.tick(v), i, j);
            a.setFont(ChartStyle.TICK_LABEL);
            // Dark text on the light (yellow) end of the scale, white on the dark end.
            a.setPaint((v - lo) / (hi - lo) > 0.6 ? ChartStyle.TEXT : Color.WHITE);
            plot.addAnnotation(a);
          }
        }
      }
    }
    JFreeChart chart = ChartStyle.chart(h.title(), plot, false);
    NumberAxis barAxis = ChartStyle.linearAxis(h.colourBarLabel(), false);
    barAxis.setRange(lo, hi);
    PaintScaleLegend bar = new PaintScaleLegend(scale, barAxis);
    bar.setPosition(RectangleEdge.RIGHT);
    bar.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
    bar.setStripWidth(14);
    bar.setStripOutlineVisible(true);
    bar.setStripOutlinePaint(ChartStyle.BORDER);
    bar.setSubdivisionCount(128);
    bar.setMargin(new RectangleInsets(8, 14, 8, 0));
    bar.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(bar);
    return chart;
  }

  /** An axis over the cell indices labelled with the values, thinned to about a dozen labels so they do not overlap. */
  private static SymbolAxis categories(String label, double[] values) {
    int every = Math.max(1, (int) Math.ceil(values.length / 12.0));
    String[] names = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      names[i] = i % every == 0 ? Charts.tick(values[i]) : "";
    }
    SymbolAxis a = new SymbolAxis(label, names);
    a.setGridBandsVisible(false);
    ChartStyle.axis(a);
    a.setRange(-0.5, values.length - 0.5);
    return a;
  }

  /** Viridis, linearly interpolated between its stops over [lower, upper]. */
  private record Viridis(double lower, double upper) implements PaintScale {
    @Override
    public double getLowerBound() {
      return lower;
    }

    @Override
    public double getUpperBound() {
      return upper;
    }

    @Override
    public Paint getPaint(double value) {
      double t = upper > lower ? (value - lower) / (upper - lower) : 0;
      t = Math.max(0, Math.min(1, Double.isFinite(t) ? t : 0));
      Color[] s = ChartStyle.HEAT;
      double at = t * (s.length - 1);
      int i = Math.min(s.length - 2, (int) Math.floor(at));
      double f = at - i;
      return new Color(mix(s[i].getRed(), s[i + 1].getRed(), f), mix(s[i].getGreen(), s[i + 1].getGreen(), f),
          mix(s[i].getBlue(), s[i + 1].getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
      return (int) Math.round(a + (b - a) * f);
    }
  }
}
