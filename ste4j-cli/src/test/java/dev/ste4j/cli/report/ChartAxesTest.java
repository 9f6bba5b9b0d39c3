package dev.ste4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** Ticks at 1/2/5 × 10^k in one format, log axes with minor grid lines, labels as a reader expects them. */
class ChartAxesTest {

  /** The ticks the chart's x (or y) axis draws, after laying the chart out at its nominal size. */
  private static List<ValueTick> ticks(XyChart c, boolean x) {
    JFreeChart chart = Charts.build(c);
    BufferedImage image = new BufferedImage(Charts.WIDTH, Charts.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(g, new Rectangle2D.Double(0, 0, Charts.WIDTH, Charts.HEIGHT), info);
    XYPlot plot = chart.getXYPlot();
    ValueAxis axis = x ? plot.getDomainAxis() : plot.getRangeAxis();
    @SuppressWarnings("unchecked")
    List<ValueTick> ticks = axis.refreshTicks(g, new AxisState(), info.getPlotInfo().getDataArea(),
        x ? RectangleEdge.BOTTOM : RectangleEdge.LEFT);
    g.dispose();
    return ticks;
  }

  private static List<ValueTick> major(List<ValueTick> ticks) {
    return ticks.stream().filter(t -> t.getTickType() == TickType.MAJOR).toList();
  }

  @Test
  void linearTicksStepBy125TimesAPowerOfTenInOneFormat() {
    SplittableRandom random = new SplittableRandom(18);
    for (int trial = 0; trial < 25; trial++) {
      // Equally spaced x from 0 (XChart put ticks at 70, 140, … on such data) and y over random ranges and scales.
      int points = 5 + random.nextInt(700);
      double scale = Math.pow(10, random.nextInt(-4, 5));
      double[] x = new double[points];
      double[] y = new double[points];
      double offset = random.nextDouble(-3, 3) * scale;
      for (int i = 0; i < points; i++) {
        x[i] = i;
        y[i] = offset + scale * random.nextDouble();
      }
      XyChart c = Charts.line("t", "iteration", "loss");
      Charts.add(c, "s", x, y);
      for (boolean onX : new boolean[] {true, false}) {
        List<ValueTick> ticks = major(ticks(c, onX));
        assertThat(ticks).as("trial %d, %s axis", trial, onX ? "x" : "y").hasSizeGreaterThanOrEqualTo(3);
        BigDecimal step = new BigDecimal(ticks.get(1).getText()).subtract(new BigDecimal(ticks.get(0).getText()));
        BigDecimal mantissa = step.movePointLeft(step.precision() - step.scale() - 1).stripTrailingZeros();
        assertThat(mantissa.toPlainString()).as("step %s on trial %d", step, trial).isIn("1", "2", "5");
        int decimals = decimals(ticks.get(0).getText());
        for (int i = 1; i < ticks.size(); i++) {
          BigDecimal gap = new BigDecimal(ticks.get(i).getText()).subtract(new BigDecimal(ticks.get(i - 1).getText()));
          assertThat(gap.compareTo(step)).as("equal steps: %s", ticks).isZero();
          assertThat(decimals(ticks.get(i).getText())).as("one format: %s", ticks).isEqualTo(decimals);
          assertThat(ticks.get(i).getText()).doesNotMatch("-0(\\.0*)?").doesNotStartWith(".");
        }
      }
    }
  }

  private static int decimals(String label) {
    int dot = label.indexOf('.');
    return dot < 0 ? 0 : label.length() - dot - 1;
  }

  @Test
  void integerAxesTickAtIntegersOnly() {
    XyChart c = Charts.integerY(Charts.line("t", "x", "d"));
    Charts.add(c, "s", new double[] {0, 1, 2}, new double[] {0, 2, 1});
    for (ValueTick t : major(ticks(c, false))) {
      assertThat(t.getValue()).isEqualTo(Math.rint(t.getValue()));
    }
  }

  @Test
  void anAxisOfWholeNumbersTicksAtWholeNumbers() {
    XyChart epochs = Charts.line("t", "epoch", "accuracy");
    Charts.add(epochs, "s", new double[] {1, 2}, new double[] {0.7, 0.8});
    assertThat(major(ticks(epochs, true))).isNotEmpty()
        .allSatisfy(t -> assertThat(t.getValue()).isEqualTo(Math.rint(t.getValue())));
    XyChart fractions = Charts.line("t", "s", "y");
    Charts.add(fractions, "s", new double[] {0, 0.5}, new double[] {1, 2});
    assertThat(major(ticks(fractions, true))).anySatisfy(t -> assertThat(t.getValue()).isNotEqualTo(
        Math.rint(t.getValue())));
  }

  @Test
  void aLogAxisHasMinorTicksWithLightGridLines() {
    XyChart c = Charts.logY("t", "step", "loss");
    Charts.add(c, "s", new double[] {0, 1, 2, 3}, new double[] {1, 1e-2, 1e-4, 1e-6});
    List<ValueTick> ticks = ticks(c, false);
    List<Double> minor = ticks.stream().filter(t -> t.getTickType() == TickType.MINOR).map(ValueTick::getValue)
        .toList();
    assertThat(minor).contains(2e-3, 5e-5, 0.3);
    assertThat(major(ticks).stream().map(ValueTick::getText)).contains("10⁰", "10⁻²", "10⁻⁴", "10⁻⁶")
        .as("one format on an axis reaching below 0.001").doesNotContain("0.01");
    JFreeChart chart = Charts.build(c);
    assertThat(chart.getXYPlot().isRangeMinorGridlinesVisible()).isTrue();
    assertThat(chart.getXYPlot().isDomainMinorGridlinesVisible()).as("linear x axis").isFalse();
    // In the drawn SVG: one light line per minor tick, 8 per decade, over the six decades.
    String svg = new String(Charts.svg(c), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<line[^>]*" + rgb(ChartStyle.MINOR_GRID)).matcher(svg);
    int lines = 0;
    while (m.find()) {
      lines++;
    }
    assertThat(lines).isGreaterThanOrEqualTo(6 * 8);
  }

  private static String rgb(java.awt.Color c) {
    return "rgb\\(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + "\\)";
  }

  @Test
  void aShortLogRangeIsLabelledBetweenItsDecades() {
    XyChart c = Charts.logLog("threshold", "n", "N*");
    Charts.add(c, "a", new double[] {8, 16, 32, 64}, new double[] {9, 20, 60, 210});
    assertThat(major(ticks(c, false)).stream().map(ValueTick::getText)).contains("10", "20", "50", "100", "200");
    XyChart narrow = Charts.logLog("narrow", "n", "y");
    Charts.add(narrow, "a", new double[] {1, 2}, new double[] {20, 45});
    assertThat(major(ticks(narrow, false)).stream().map(ValueTick::getText)).contains("20", "30", "40");
  }

  @Test
  void candidatesAndLabels() {
    assertThat(DecadeAxis.candidates(1e-6, 1)).containsExactly(1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1.0);
    assertThat(DecadeAxis.candidates(8, 64)).containsExactly(10.0, 50.0, 20.0, 30.0);
    assertThat(DecadeAxis.label(5e-5, false)).isEqualTo("5×10⁻⁵");
    assertThat(DecadeAxis.label(1e4, false)).isEqualTo("10⁴");
    assertThat(DecadeAxis.label(0.05, true)).isEqualTo("0.05");
    assertThat(DecadeAxis.plain(1e-3, 1e4)).isTrue();
    assertThat(DecadeAxis.plain(1e-4, 1)).isFalse();
    NiceTickUnits units = new NiceTickUnits(false);
    assertThat(units.next(70)).isEqualTo(100);
    assertThat(units.next(0.13)).isEqualTo(0.2);
    assertThat(units.next(3)).isEqualTo(5);
    assertThat(new NiceTickUnits(true).next(0.2)).isEqualTo(1);
    NiceTickUnits.Format f = new NiceTickUnits.Format(0.05);
    assertThat(List.of(f.format(-1e-17), f.format(0.1), f.format(0.15))).containsExactly("0.00", "0.10", "0.15");
    assertThat(new NiceTickUnits.Format(2e6).format(4e6)).isEqualTo("4e6");
    NiceTickUnits.Format tiny = new NiceTickUnits.Format(2e-5);
    assertThat(List.of(tiny.format(8e-5), tiny.format(1.2e-4), tiny.format(1e-21)))
        .containsExactly("8e-5", "12e-5", "0");
  }

  @Test
  void linearTickLabelsAreNumberTicks() {
    XyChart c = Charts.line("t", "x", "y");
    Charts.add(c, "s", new double[] {0.01, 0.03, 0.5}, new double[] {1, 2, 3});
    assertThat(major(ticks(c, true))).allMatch(t -> t instanceof NumberTick)
        .extracting(ValueTick::getText).contains("0.1", "0.2");
  }
}
