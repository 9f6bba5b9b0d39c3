package dev.ste4j.cli.report;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a {@link BarChart} with JFreeChart: flat bars in the palette's colours, grid lines across the values, error
 * bars where a series has intervals.
 */
final class BarRender {

  private BarRender() {}

  static JFreeChart build(BarChart c) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Map.Entry<String, List<Double>> e : c.seriesValues().entrySet()) {
      for (int i = 0; i < c.categories().size(); i++) {
        Double v = e.getValue().get(i);
        data.addValue(v != null && Double.isFinite(v) ? v : null, e.getKey(), c.categories().get(i));
      }
    }
    CategoryAxis x = new CategoryAxis(c.xLabel());
    x.setLabelFont(ChartStyle.AXIS_LABEL);
    x.setLabelPaint(ChartStyle.TEXT);
    x.setTickLabelFont(ChartStyle.TICK_LABEL);
    x.setTickLabelPaint(ChartStyle.TEXT);
    x.setAxisLinePaint(ChartStyle.BORDER);
    if (c.labelAngle() != 0) {
      x.setCategoryLabelPositions(CategoryLabelPositions.createUpRotationLabelPositions(
          Math.toRadians(c.labelAngle())));
    }
    NumberAxis y = ChartStyle.linearAxis(c.yLabel(), false);
    if (c.yMin() != null) {
      y.setRange(c.yMin(), c.yMax());
    }
    List<double[][]> bars = new java.util.ArrayList<>();
    for (String name : c.seriesValues().keySet()) {
      bars.add(c.intervals(name));
    }
    BarRenderer r = new IntervalBars(bars);
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setItemMargin(0.05);
    for (int i = 0; i < c.seriesValues().size(); i++) {
      r.setSeriesPaint(i, ChartStyle.PALETTE[i % ChartStyle.PALETTE.length]);
    }
    CategoryPlot plot = new CategoryPlot(data, x, y, r);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setRangeGridlineStroke(new java.awt.BasicStroke(1f));
    return ChartStyle.chart(c.title(), plot, true);
  }

  /** Bars with a capped vertical line over each that has an interval, drawn after the bar it belongs to. */
  private static final class IntervalBars extends BarRenderer {
    private final List<double[][]> intervals;

    IntervalBars(List<double[][]> intervals) {
      this.intervals = intervals;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      double[][] iv = row < intervals.size() ? intervals.get(row) : null;
      int visible = state.getVisibleSeriesIndex(row);
      if (iv == null || visible < 0 || pass != getPassCount() - 1) {
        return;
      }
      double lo = iv[0][column];
      double hi = iv[1][column];
      if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
        return;
      }
      double x = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, visible, column)
          + state.getBarWidth() / 2;
      double y0 = rangeAxis.valueToJava2D(lo, dataArea, plot.getRangeAxisEdge());
      double y1 = rangeAxis.valueToJava2D(hi, dataArea, plot.getRangeAxisEdge());
      double cap = Math.min(6, state.getBarWidth() / 4);
      g2.setPaint(ChartStyle.TEXT);
      g2.setStroke(new BasicStroke(1.3f));
      g2.draw(new Line2D.Double(x, y0, x, y1));
      g2.draw(new Line2D.Double(x - cap, y0, x + cap, y0));
      g2.draw(new Line2D.Double(x - cap, y1, x + cap, y1));
    }
  }
}
