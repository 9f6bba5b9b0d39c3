package dev.ste4j.cli.report;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws a {@link BarChart} with JFreeChart: flat bars in the palette's colours, grid lines across the values. */
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
    BarRenderer r = new BarRenderer();
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
}
