package dev.ste4j.cli.report;

// Over 300 lines on purpose: the one house style of every plot (chart kinds, series that skip undrawable points, tick
// labels, PNG/SVG rendering) lives here, so that all figures of all papers look and read alike.

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler.ChartTheme;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds XChart charts in one house style (white plot, light grid, a color-blind-safe palette) and encodes them as
 * PNG and SVG. Add data with XChart's own {@code addSeries}, or with {@link #add} which drops points a log axis
 * cannot show.
 *
 * <p>Rendering needs no display: {@code java.awt.headless} is set to {@code true} unless the JVM was started with it
 * set otherwise. PNGs are drawn at twice the nominal size so that they stay sharp on high-density screens.
 */
public final class Charts {

  /** Nominal chart size in pixels (the PNG is twice as large). */
  public static final int WIDTH = 800;
  public static final int HEIGHT = 520;

  /** Okabe–Ito colors, distinguishable with the common forms of color blindness. */
  private static final Color[] PALETTE = {
      new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};

  /** Viridis stops: perceptually uniform from low (purple) to high (yellow). */
  private static final Color[] HEAT = {
      new Color(0x440154), new Color(0x3B528B), new Color(0x21918C), new Color(0x5EC962), new Color(0xFDE725)};

  /** PNGs are drawn at this multiple of the chart's size (sharp on high-density screens). */
  static final int PNG_SCALE = 2;

  /** The most points of a dashed curve; see {@link #addDashed}. */
  static final int DASHED_POINTS = 50;

  /** Room between an axis title and its tick labels, in pixels (XChart's default). */
  private static final int TITLE_PADDING = 10;

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private Charts() {}

  /** A line chart: each series a line with small markers. */
  public static XYChart line(String title, String xLabel, String yLabel) {
    XYChart chart = new XYChart(WIDTH, HEIGHT);
    chart.setTitle(title);
    chart.setXAxisTitle(xLabel);
    chart.setYAxisTitle(yLabel);
    AxesChartStyler s = chart.getStyler();
    style(s);
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
    chart.getStyler().setMarkerSize(5);
    // XChart labels only the powers of ten on a log axis; this fills in 2×, 5×, … where the range is short.
    chart.addAnnotation(new LogTickLabels());
    return chart;
  }

  /** A line chart with both axes logarithmic; {@link #add} drops points that are not positive. */
  public static XYChart logLog(String title, String xLabel, String yLabel) {
    XYChart chart = line(title, xLabel, yLabel);
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmic(true);
    return chart;
  }

  /** A line chart with a logarithmic y axis. */
  public static XYChart logY(String title, String xLabel, String yLabel) {
    XYChart chart = line(title, xLabel, yLabel);
    chart.getStyler().setYAxisLogarithmic(true);
    return chart;
  }

  /** A scatter plot: markers only. */
  public static XYChart scatter(String title, String xLabel, String yLabel) {
    XYChart chart = line(title, xLabel, yLabel);
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    chart.getStyler().setMarkerSize(6);
    return chart;
  }

  /** A bar chart of categories (XChart's CategoryChart) in the house style; add series with its {@code addSeries}. */
  public static CategoryChart bar(String title, String xLabel, String yLabel) {
    CategoryChart chart = new CategoryChart(WIDTH, HEIGHT);
    chart.setTitle(title);
    chart.setXAxisTitle(xLabel);
    chart.setYAxisTitle(yLabel);
    style(chart.getStyler());
    chart.getStyler().setLegendLayout(LegendLayout.Horizontal);
    return chart;
  }

  /**
   * Adds a series, leaving out points that cannot be drawn: non-finite coordinates, and coordinates that are not
   * positive on a logarithmic axis (XChart refuses those outright). Lines are drawn without markers when the series
   * has more than 60 points, where markers would only blur it.
   *
   * @throws IllegalArgumentException if the arrays differ in length or no point is left to draw
   */
  public static XYSeries add(XYChart chart, String name, double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("series '" + name + "': " + x.length + " x values but " + y.length
          + " y values");
    }
    boolean logX = chart.getStyler().isXAxisLogarithmic();
    boolean logY = chart.getStyler().isYAxisLogarithmic();
    List<Double> xs = new ArrayList<>(x.length);
    List<Double> ys = new ArrayList<>(y.length);
    for (int i = 0; i < x.length; i++) {
      if (drawable(x[i], logX) && drawable(y[i], logY)) {
        xs.add(x[i]);
        ys.add(y[i]);
      }
    }
    if (xs.isEmpty()) {
      throw new IllegalArgumentException("series '" + name + "' has no drawable point (all " + x.length
          + " are non-finite" + (logX || logY ? " or not positive on a log axis)" : ")"));
    }
    XYSeries series = chart.addSeries(name, xs, ys);
    if (xs.size() > 60 && chart.getStyler().getDefaultSeriesRenderStyle() == XYSeriesRenderStyle.Line) {
      series.setMarker(SeriesMarkers.NONE);
    }
    return series;
  }

  /**
   * Adds a smooth curve drawn dashed. XChart 3.8.8 strokes a line series one segment at a time, restarting the dash
   * pattern at every point, so a densely sampled curve comes out solid; the curve is therefore thinned to at most
   * {@value #DASHED_POINTS} points (evenly by index, first and last kept), which a smooth curve does not notice.
   * Only for smooth curves: thinning hides jumps.
   */
  public static XYSeries addDashed(XYChart chart, String name, double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("series '" + name + "': " + x.length + " x values but " + y.length
          + " y values");
    }
    int n = Math.min(x.length, DASHED_POINTS);
    double[] tx = new double[n];
    double[] ty = new double[n];
    for (int i = 0; i < n; i++) {
      int k = n == 1 ? 0 : (int) Math.round((double) i * (x.length - 1) / (n - 1));
      tx[i] = x[k];
      ty[i] = y[k];
    }
    XYSeries series = add(chart, name, tx, ty);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineStyle(new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
        new float[] {7f, 4f}, 0f));
    return series;
  }

  private static boolean drawable(double v, boolean log) {
    return Double.isFinite(v) && (!log || v > 0);
  }

  /**
   * A heat map of z over a grid: {@code z[j][i]} is the value at ({@code xs[i]}, {@code ys[j]}), i.e. one row of z per
   * y value, as in a printed matrix or matplotlib's {@code pcolormesh}. Non-finite cells are left blank. The color
   * scale runs over the finite values; cell values are printed in the cells when the grid has at most 64 cells.
   *
   * @throws IllegalArgumentException if z is not ys.length × xs.length
   */
  public static HeatMapChart heatMap(String title, String xLabel, String yLabel, double[] xs, double[] ys,
                                     double[][] z) {
    if (z.length != ys.length) {
      throw new IllegalArgumentException("heat map '" + title + "': z has " + z.length + " rows but there are "
          + ys.length + " y values (z must be [ys.length][xs.length])");
    }
    List<Number[]> cells = new ArrayList<>();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < ys.length; j++) {
      if (z[j].length != xs.length) {
        throw new IllegalArgumentException("heat map '" + title + "': row " + j + " of z has " + z[j].length
            + " values but there are " + xs.length + " x values (z must be [ys.length][xs.length])");
      }
      for (int i = 0; i < xs.length; i++) {
        double v = z[j][i];
        if (Double.isFinite(v)) {
          cells.add(new Number[] {i, j, v});
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    if (cells.isEmpty()) {
      throw new IllegalArgumentException("heat map '" + title + "' has no finite value");
    }
    // The theme constructor matters: HeatMapStyler's plain constructor leaves every style unset (XChart 3.8.8),
    // which renders a blank image or throws.
    HeatMapChart chart = new HeatMapChart(WIDTH, HEIGHT, ChartTheme.XChart);
    chart.setTitle(title);
    chart.setXAxisTitle(xLabel);
    chart.setYAxisTitle(yLabel);
    style(chart.getStyler());
    chart.getStyler().setRangeColors(HEAT);
    // XChart prints the color scale's ends with all their digits; round them outward to three digits of the range.
    double range = max > min ? max - min : Math.max(1, Math.abs(min));
    int scale = 2 - (int) Math.floor(Math.log10(range));
    chart.getStyler().setMin(BigDecimal.valueOf(min).setScale(scale, RoundingMode.FLOOR).doubleValue());
    chart.getStyler().setMax(BigDecimal.valueOf(max > min ? max : min + range).setScale(scale, RoundingMode.CEILING)
        .doubleValue());
    chart.getStyler().setShowValue(xs.length * ys.length <= 64);
    chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    chart.getStyler().setValueFontColor(Color.WHITE);
    chart.getStyler().setHeatMapDecimalValueFormatter(Charts::tick);
    chart.getStyler().setPlotGridLinesVisible(false);
    chart.addSeries(title == null || title.isEmpty() ? "z" : title, labels(xs), labels(ys), cells);
    return chart;
  }

  /**
   * Names what a heat map's colour bar measures, just above the bar (XChart 3.8.8 draws the bar with its two end
   * values only). The bar sits at the right edge, centred vertically, at the same place on every chart of
   * {@link #WIDTH} × {@link #HEIGHT}; the annotation is placed in those screen coordinates (y from the bottom).
   */
  public static HeatMapChart labelColourBar(HeatMapChart chart, String label) {
    chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    chart.getStyler().setAnnotationTextFontColor(new Color(0x1D2330));
    chart.addAnnotation(new org.knowm.xchart.AnnotationText(label, WIDTH - 45, HEIGHT - 118, true));
    return chart;
  }

  /** Axis labels for heat map categories, thinned to about a dozen so they do not overlap. */
  private static List<String> labels(double[] values) {
    int every = Math.max(1, (int) Math.ceil(values.length / 12.0));
    List<String> out = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      // Blank labels must stay distinct, or XChart merges the categories.
      out.add(i % every == 0 ? tick(values[i]) : " ".repeat(i % every));
    }
    return out;
  }

  /** A compact number for ticks and cell values: four significant digits. */
  static String tick(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e6) {
      return Long.toString((long) v);
    }
    double a = Math.abs(v);
    return a >= 1e-3 && a < 1e5 ? String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "")
        : String.format(Locale.ROOT, "%.2e", v);
  }

  private static void style(AxesChartStyler s) {
    Font base = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderColor(new Color(0xB0B7C3));
    s.setPlotGridLinesColor(new Color(0xE3E7ED));
    s.setPlotGridLinesStroke(new BasicStroke(1f));
    s.setChartTitleFont(base.deriveFont(Font.BOLD, 15f));
    s.setAxisTitleFont(base.deriveFont(13f));
    s.setAxisTickLabelsFont(base.deriveFont(11f));
    s.setLegendFont(base.deriveFont(12f));
    s.setLegendBorderColor(new Color(0xD0D5DD));
    // Outside the plot, so the legend never hides data points (the last points often sit in a corner).
    s.setLegendPosition(s instanceof HeatMapStyler ? LegendPosition.OutsideE : LegendPosition.OutsideS);
    s.setChartTitleBoxVisible(false);
    s.setSeriesColors(PALETTE);
    BasicStroke[] lines = new BasicStroke[PALETTE.length];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
    s.setSeriesLines(lines);
    // Wider x tick spacing than XChart's default. (For equally spaced x values XChart 3.8.8 instead puts a tick on
    // every k-th point, as densely as the labels fit; that path has no setting.)
    s.setXAxisTickMarkSpacingHint(90);
    // Right-aligned against the tick marks, as the labels LogTickLabels adds between decades.
    s.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
    s.setAntiAlias(true);
    s.setToolTipsEnabled(false);
    s.setLocale(Locale.ROOT);
  }

  /** Layout that depends on the data, settled just before drawing. */
  private static void prepare(Chart<?, ?> chart) {
    if (chart instanceof XYChart xy) {
      LogTickLabels.reserveRoom(xy, TITLE_PADDING);
      AxesChartStyler s = xy.getStyler();
      // XChart's own number format drops the leading zero (".03"). A formatting function replaces the format but
      // also the tick calculator, which is harmless on a linear axis and wrong on a log axis: set it on linear axes
      // only, and take it back if an axis turned logarithmic since.
      s.setxAxisTickLabelsFormattingFunction(numberLabels(s.getxAxisTickLabelsFormattingFunction(),
          s.isXAxisLogarithmic()));
      s.setyAxisTickLabelsFormattingFunction(numberLabels(s.getyAxisTickLabelsFormattingFunction(),
          s.isYAxisLogarithmic()));
      // XChart labels a log axis's decades as "0.001" inside [1e-3, 1e3] and "1E-4" outside, so one axis can mix two
      // formats; an axis reaching outside that range gets one, scientific, for every decade.
      if (s.isXAxisLogarithmic() && s.getXAxisDecimalPattern() == null && outsidePlain(xy, true)) {
        s.setXAxisDecimalPattern(SCIENTIFIC);
      }
      if (s.isYAxisLogarithmic() && s.getYAxisDecimalPattern() == null && outsidePlain(xy, false)) {
        s.setYAxisDecimalPattern(SCIENTIFIC);
      }
    }
  }

  /**
   * Labels the y axis of a chart of an integer quantity (a count, a Hamming distance) at integers only: XChart may
   * put ticks at halves, which then carry no label.
   */
  public static XYChart integerY(XYChart chart) {
    chart.getStyler().setyAxisTickLabelsFormattingFunction(v -> v == Math.rint(v) ? Long.toString(v.longValue()) : "");
    return chart;
  }

  /** The decade-label pattern of a log axis that spans values outside [1e-3, 1e3]: 1E-4, 1E0, 1E3. */
  static final String SCIENTIFIC = "0E0";

  /** Whether the chart's data on one axis reach outside [1e-3, 1e3], where XChart switches to its "1E-4" format. */
  static boolean outsidePlain(XYChart chart, boolean x) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    for (XYSeries series : chart.getSeriesMap().values()) {
      double[] values = x ? series.getXData() : series.getYData();
      for (double v : values) {
        if (v > 0 && Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    return hi > 0 && (lo < 1e-3 || hi > 1e3);
  }

  private static final Function<Double, String> NUMBER_LABELS = Charts::tick;

  private static Function<Double, String> numberLabels(Function<Double, String> current, boolean log) {
    if (current != null && current != NUMBER_LABELS) {
      return current; // the caller's own
    }
    return log ? null : NUMBER_LABELS;
  }

  /** The chart as PNG bytes, drawn at twice its nominal size. */
  public static byte[] png(Chart<?, ?> chart) throws IOException {
    prepare(chart);
    int w = chart.getWidth();
    int h = chart.getHeight();
    BufferedImage image = new BufferedImage(w * PNG_SCALE, h * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(PNG_SCALE, PNG_SCALE);
      chart.paint(g, w, h);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("no PNG writer available in this JDK");
    }
    return out.toByteArray();
  }

  /** The chart as an SVG document. */
  public static byte[] svg(Chart<?, ?> chart) throws IOException {
    prepare(chart);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
    return out.toByteArray();
  }
}
