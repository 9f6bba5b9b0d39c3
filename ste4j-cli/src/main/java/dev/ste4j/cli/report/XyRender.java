package dev.ste4j.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Draws an {@link XyChart} with JFreeChart: one dataset and renderer per series (so each keeps its own colour, dash,
 * markers and legend entry), bands as translucent areas under their line, error bars as capped vertical lines.
 */
final class XyRender {

  private XyRender() {}

  static JFreeChart build(XyChart c) {
    XYPlot plot = new XYPlot();
    // An axis whose every value is a whole number (epochs, iterations, sizes) gets whole-number ticks only.
    plot.setDomainAxis(axis(c.xLabel(), c.isLogX(), wholeX(c)));
    plot.setRangeAxis(axis(c.yLabel(), c.isLogY(), c.isIntegerY()));
    plot.setDomainGridlinePaint(ChartStyle.GRID);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainMinorGridlinesVisible(c.isLogX());
    plot.setRangeMinorGridlinesVisible(c.isLogY());
    plot.setDomainMinorGridlinePaint(ChartStyle.MINOR_GRID);
    plot.setRangeMinorGridlinePaint(ChartStyle.MINOR_GRID);
    plot.setDomainMinorGridlineStroke(new BasicStroke(1f));
    plot.setRangeMinorGridlineStroke(new BasicStroke(1f));
    plot.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    int paletteIndex = 0;
    int i = 0;
    for (XySeries s : c.series()) {
      Color colour = s.colourOrNull() != null ? s.colourOrNull()
          : ChartStyle.PALETTE[paletteIndex++ % ChartStyle.PALETTE.length];
      XYLineAndShapeRenderer r;
      if (s.hasErrorBars() || s.hasBand()) {
        YIntervalSeries ys = new YIntervalSeries(s.name(), false, true);
        double[] x = s.x();
        double[] y = s.y();
        for (int k = 0; k < x.length; k++) {
          ys.add(x[k], y[k], s.low()[k], s.high()[k]);
        }
        YIntervalSeriesCollection d = new YIntervalSeriesCollection();
        d.addSeries(ys);
        plot.setDataset(i, d);
        if (s.hasBand()) {
          DeviationRenderer band = new DeviationRenderer(s.hasLines(), s.hasMarkers());
          band.setSeriesFillPaint(0, colour);
          band.setAlpha(0.18f);
          r = band;
        } else {
          XYErrorRenderer bars = new PointsWithoutBarsSkipped();
          bars.setDefaultLinesVisible(s.hasLines());
          bars.setDefaultShapesVisible(s.hasMarkers());
          bars.setDrawXError(false);
          bars.setCapLength(6);
          bars.setErrorStroke(new BasicStroke(1.3f));
          r = bars;
        }
      } else {
        XYSeries xs = new XYSeries(s.name(), false, true);
        double[] x = s.x();
        double[] y = s.y();
        for (int k = 0; k < x.length; k++) {
          xs.add(x[k], y[k]);
        }
        plot.setDataset(i, new XYSeriesCollection(xs));
        r = new XYLineAndShapeRenderer(s.hasLines(), s.hasMarkers());
      }
      r.setSeriesPaint(0, colour);
      r.setSeriesStroke(0, s.isDashed() ? ChartStyle.DASHED : ChartStyle.LINE);
      r.setSeriesShape(0, ChartStyle.marker(i));
      r.setSeriesVisibleInLegend(0, s.isInLegend());
      // One path per series, so that a dash pattern runs on across points instead of restarting at each.
      r.setDrawSeriesLineAsPath(true);
      r.setDefaultShapesFilled(true);
      plot.setRenderer(i, r);
      i++;
    }
    boolean anyInLegend = c.series().stream().anyMatch(XySeries::isInLegend);
    XyChart.Legend where = anyInLegend ? c.legend() : XyChart.Legend.NONE;
    JFreeChart chart = ChartStyle.chart(c.title(), plot, where == XyChart.Legend.RIGHT);
    if (where == XyChart.Legend.BELOW) {
      LegendTitle l = ChartStyle.legend(plot);
      l.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
      l.setMargin(new RectangleInsets(8, 0, 0, 0));
      chart.addSubtitle(l);
    }
    if (where == XyChart.Legend.INSIDE_TOP_LEFT || where == XyChart.Legend.INSIDE_TOP_RIGHT) {
      // Stacked in a column: a legend laid out in rows would run across the plot's whole width, over the data.
      LegendTitle l = ChartStyle.legend(plot, new org.jfree.chart.block.ColumnArrangement());
      boolean left = where == XyChart.Legend.INSIDE_TOP_LEFT;
      plot.addAnnotation(new XYTitleAnnotation(left ? 0.01 : 0.99, 0.99, l,
          left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT));
    }
    return chart;
  }

  /**
   * Error bars that leave out a bar of zero length (a point without an interval), which XYErrorRenderer would draw as
   * a stray cap across the marker. Bars are drawn in pass 0, lines and markers after.
   */
  private static final class PointsWithoutBarsSkipped extends XYErrorRenderer {
    @Override
    public void drawItem(java.awt.Graphics2D g2, org.jfree.chart.renderer.xy.XYItemRendererState state,
                         java.awt.geom.Rectangle2D dataArea, org.jfree.chart.plot.PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, org.jfree.data.xy.XYDataset dataset,
                         int series, int item, org.jfree.chart.plot.CrosshairState crosshairState, int pass) {
      if (pass == 0 && dataset instanceof YIntervalSeriesCollection d
          && d.getStartYValue(series, item) == d.getEndYValue(series, item)) {
        return;
      }
      super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState,
          pass);
    }
  }

  static boolean wholeX(XyChart c) {
    for (XySeries s : c.series()) {
      for (double v : s.x()) {
        if (v != Math.rint(v)) {
          return false;
        }
      }
    }
    return !c.series().isEmpty();
  }

  private static ValueAxis axis(String label, boolean log, boolean integer) {
    return log ? ChartStyle.logAxis(label) : ChartStyle.linearAxis(label, integer);
  }
}
