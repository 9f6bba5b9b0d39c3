package dev.ste4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.junit.jupiter.api.Test;

class ChartsTest {

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  @Test
  void lineChartEncodesAsPngAndSvg() throws IOException {
    XYChart chart = Charts.line("Loss", "step", "loss");
    Charts.add(chart, "a", new double[] {0, 1, 2, 3}, new double[] {1, 0.5, 0.25, 0.125});
    Charts.add(chart, "b", new double[] {0, 1, 2, 3}, new double[] {1, 0.7, 0.5, 0.4});
    byte[] png = Charts.png(chart);
    assertThat(png).startsWith(PNG_MAGIC);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(2 * Charts.WIDTH);
    assertThat(distinctColors(image)).as("a drawn chart, not a blank canvas").isGreaterThan(20);
    String svg = new String(Charts.svg(chart), StandardCharsets.UTF_8);
    assertThat(svg).startsWith("<?xml").contains("<svg").contains("</svg>");
  }

  @Test
  void heatMapIsDrawn() throws IOException {
    double[] xs = {0, 1, 2, 3};
    double[] ys = {0, 1, 2};
    double[][] z = new double[3][4];
    for (int j = 0; j < 3; j++) {
      for (int i = 0; i < 4; i++) {
        z[j][i] = i * j;
      }
    }
    z[0][0] = Double.NaN;
    HeatMapChart chart = Charts.heatMap("z", "x", "y", xs, ys, z);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Charts.png(chart)));
    // XChart 3.8.8 draws an all-white heat map unless its styler is initialized; guard against that regression.
    assertThat(distinctColors(image)).isGreaterThan(20);
    assertThat(new String(Charts.svg(chart), StandardCharsets.UTF_8)).contains("<svg");
  }

  @Test
  void heatMapChecksItsShape() {
    assertThatThrownBy(() -> Charts.heatMap("t", "x", "y", new double[3], new double[2], new double[3][2]))
        .hasMessageContaining("z has 3 rows but there are 2 y values");
    assertThatThrownBy(() -> Charts.heatMap("t", "x", "y", new double[3], new double[2], new double[2][2]))
        .hasMessageContaining("row 0 of z has 2 values but there are 3 x values");
  }

  @Test
  void logLogDropsPointsItCannotShowAndScatterRenders() throws IOException {
    XYChart chart = Charts.logLog("err", "n", "error");
    XYSeries s = Charts.add(chart, "e", new double[] {0, 10, 100, 1000, Double.NaN},
        new double[] {1, 0.3, -1, 0.01, 5});
    assertThat(s.getXData()).containsExactly(10.0, 1000.0);
    assertThat(Charts.png(chart)).startsWith(PNG_MAGIC);
    assertThatThrownBy(() -> Charts.add(chart, "none", new double[] {-1}, new double[] {1}))
        .hasMessageContaining("no drawable point");
    assertThatThrownBy(() -> Charts.add(chart, "bad", new double[] {1, 2}, new double[] {1}))
        .hasMessageContaining("2 x values but 1 y values");
    XYChart scatter = Charts.scatter("s", "x", "y");
    Charts.add(scatter, "p", new double[] {1, 2, 3}, new double[] {3, 1, 2});
    assertThat(Charts.png(scatter)).startsWith(PNG_MAGIC);
  }

  @Test
  void aDashedCurveIsThinnedSoItsDashesShow() {
    XYChart chart = Charts.line("f", "x", "y");
    double[] x = new double[401];
    double[] y = new double[401];
    for (int i = 0; i < x.length; i++) {
      x[i] = i / 400.0;
      y[i] = x[i] * x[i];
    }
    XYSeries s = Charts.addDashed(chart, "smooth", x, y);
    assertThat(s.getXData()).hasSize(Charts.DASHED_POINTS);
    assertThat(s.getXData()[0]).isEqualTo(0.0);
    assertThat(s.getXData()[Charts.DASHED_POINTS - 1]).isEqualTo(1.0);
    assertThat(s.getLineStyle().getDashArray()).isNotNull();
    XYSeries few = Charts.addDashed(chart, "few", new double[] {0, 1, 2}, new double[] {1, 2, 3});
    assertThat(few.getXData()).containsExactly(0.0, 1.0, 2.0);
  }

  @Test
  void linearTicksKeepTheLeadingZeroAndLogAxesKeepXChartsDecadeTicks() throws IOException {
    XYChart chart = Charts.line("f", "x", "y");
    Charts.add(chart, "a", new double[] {0.01, 0.03, 0.5}, new double[] {1, 2, 3});
    Charts.png(chart);
    assertThat(chart.getStyler().getxAxisTickLabelsFormattingFunction().apply(0.03)).isEqualTo("0.03");
    chart.getStyler().setXAxisLogarithmic(true);
    Charts.svg(chart);
    // A formatting function replaces XChart's tick calculator, which would put linear ticks on a log axis.
    assertThat(chart.getStyler().getxAxisTickLabelsFormattingFunction()).isNull();
    assertThat(chart.getStyler().getyAxisTickLabelsFormattingFunction()).isNotNull();
  }

  private static int distinctColors(BufferedImage image) {
    Set<Integer> colors = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colors.add(image.getRGB(x, y));
      }
    }
    return colors.size();
  }
}
