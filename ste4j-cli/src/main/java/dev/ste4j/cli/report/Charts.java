package dev.ste4j.cli.report;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/**
 * Builds charts in one house style (white plot, light grid, a colour-blind-safe palette, ticks at 1/2/5 × 10^k,
 * light minor grid lines on log axes, the legend beside the plot) and encodes them as PNG and as SVG whose text stays
 * text. The views describe a chart with {@link XyChart}, {@link BarChart} or {@link HeatMap}; only this package knows
 * the library that draws them (JFreeChart, drawing into Apache Batik's SVG generator for SVG).
 *
 * <p>Rendering needs no display: {@code java.awt.headless} is set to {@code true} unless the JVM was started with it
 * set otherwise. PNGs are drawn at twice the nominal size so that they stay sharp on high-density screens.
 */
public final class Charts {

  /** Nominal chart size in pixels (the PNG is twice as large). */
  public static final int WIDTH = 800;
  public static final int HEIGHT = 520;

  /** Nominal size of a panel drawn to sit beside others in a row (see {@link XyChart#panel}). */
  public static final int PANEL_WIDTH = 420;
  public static final int PANEL_HEIGHT = 400;

  /** PNGs are drawn at this multiple of the chart's size (sharp on high-density screens). */
  static final int PNG_SCALE = 2;

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    // JFreeChart draws rotated text (the y axis label) through TextLayout by default, a workaround for old JDKs that
    // turns the text into glyph outlines in SVG; drawString rotates correctly on every JDK this project supports.
    org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private Charts() {}

  /** A line chart: each series a line, with small markers while it has few points. */
  public static XyChart line(String title, String xLabel, String yLabel) {
    return new XyChart(title, xLabel, yLabel);
  }

  /** A line chart with both axes logarithmic; {@link #add} drops points that are not positive. */
  public static XyChart logLog(String title, String xLabel, String yLabel) {
    return line(title, xLabel, yLabel).logX(true).logY(true);
  }

  /** A line chart with a logarithmic y axis. */
  public static XyChart logY(String title, String xLabel, String yLabel) {
    return line(title, xLabel, yLabel).logY(true);
  }

  /** A line chart with a logarithmic x axis. */
  public static XyChart logX(String title, String xLabel, String yLabel) {
    return line(title, xLabel, yLabel).logX(true);
  }

  /** A scatter plot: markers only. */
  public static XyChart scatter(String title, String xLabel, String yLabel) {
    return line(title, xLabel, yLabel).markersOnly();
  }

  /** A bar chart of categories; add series with {@link BarChart#add}. */
  public static BarChart bar(String title, String xLabel, String yLabel) {
    return new BarChart(title, xLabel, yLabel);
  }

  /** Adds a series to an x–y chart; see {@link XyChart#add}. */
  public static XySeries add(XyChart chart, String name, double[] x, double[] y) {
    return chart.add(name, x, y);
  }

  /** Adds a smooth curve drawn dashed, without markers. */
  public static XySeries addDashed(XyChart chart, String name, double[] x, double[] y) {
    return chart.add(name, x, y).dashed();
  }

  /** Ticks at integers only on the y axis of a chart of an integer quantity (a count, a Hamming distance). */
  public static XyChart integerY(XyChart chart) {
    return chart.integerY();
  }

  /** A heat map; see {@link HeatMap}. */
  public static HeatMap heatMap(String title, String xLabel, String yLabel, double[] xs, double[] ys, double[][] z) {
    return new HeatMap(title, xLabel, yLabel, xs, ys, z);
  }

  /** Names what a heat map's colour bar measures. */
  public static HeatMap labelColourBar(HeatMap chart, String label) {
    return chart.colourBarLabel(label);
  }

  /** A compact number for cell values and category labels: four significant digits. */
  static String tick(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e6) {
      return Long.toString((long) v);
    }
    double a = Math.abs(v);
    return a >= 1e-3 && a < 1e5 ? String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "")
        : String.format(Locale.ROOT, "%.2e", v);
  }

  static int width(Chart chart) {
    return chart instanceof XyChart c && c.isPanel() ? PANEL_WIDTH : WIDTH;
  }

  static int height(Chart chart) {
    return chart instanceof XyChart c && c.isPanel() ? PANEL_HEIGHT : HEIGHT;
  }

  /** The library's chart for one of ours. */
  static JFreeChart build(Chart chart) {
    if (chart instanceof XyChart c) {
      return XyRender.build(c);
    }
    if (chart instanceof BarChart c) {
      return BarRender.build(c);
    }
    return HeatMapRender.build((HeatMap) chart);
  }

  /** The chart as PNG bytes, drawn at twice its nominal size. */
  public static byte[] png(Chart chart) throws IOException {
    JFreeChart c = build(chart);
    int w = width(chart);
    int h = height(chart);
    BufferedImage image = new BufferedImage(w * PNG_SCALE, h * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(PNG_SCALE, PNG_SCALE);
      c.draw(g, new Rectangle2D.Double(0, 0, w, h));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("no PNG writer available in this JDK");
    }
    return out.toByteArray();
  }

  /** The chart as an SVG document; its titles, labels and tick numbers are {@code <text>} elements. */
  public static byte[] svg(Chart chart) {
    JFreeChart c = build(chart);
    Document doc;
    try {
      doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
          .createDocument("http://www.w3.org/2000/svg", "svg", null);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot make a document", e);
    }
    SVGGraphics2D g = new SVGGraphics2D(doc);
    g.setSVGCanvasSize(new Dimension(width(chart), height(chart)));
    c.draw(g, new Rectangle2D.Double(0, 0, width(chart), height(chart)));
    // Serialized by the JDK rather than Batik's indenting writer, so that each text element stays on one line.
    StringWriter out = new StringWriter(64 * 1024);
    try {
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.transform(new DOMSource(g.getRoot()), new StreamResult(out));
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write the SVG of " + chart + ": " + e.getMessage(), e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
