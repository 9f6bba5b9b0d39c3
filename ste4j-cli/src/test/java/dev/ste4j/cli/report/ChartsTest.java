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
import org.junit.jupiter.api.Test;

class ChartsTest {

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  @Test
  void lineChartEncodesAsPngAndSvgWithItsTextAsText() throws IOException {
    XyChart chart = Charts.line("Loss", "step", "training loss");
    Charts.add(chart, "a", new double[] {0, 1, 2, 3}, new double[] {1, 0.5, 0.25, 0.125});
    Charts.add(chart, "b", new double[] {0, 1, 2, 3}, new double[] {1, 0.7, 0.5, 0.4});
    byte[] png = Charts.png(chart);
    assertThat(png).startsWith(PNG_MAGIC);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(2 * Charts.WIDTH);
    assertThat(distinctColors(image)).as("a drawn chart, not a blank canvas").isGreaterThan(20);
    String svg = new String(Charts.svg(chart), StandardCharsets.UTF_8);
    assertThat(svg).startsWith("<?xml").contains("<svg").contains("</svg>");
    // Titles, axis labels and legend entries are text a reader can select and search, not glyph outlines.
    assertThat(svg).containsPattern("<text[^>]*>training loss</text>").containsPattern("<text[^>]*>step</text>")
        .containsPattern("<text[^>]*>Loss</text>").containsPattern("<text[^>]*>a</text>");
  }

  @Test
  void coincidingCurvesAreNamed() {
    XyChart c = Charts.line("t", "x", "y");
    Charts.add(c, "a", new double[] {1, 2}, new double[] {1, 2});
    Charts.add(c, "b", new double[] {1, 2}, new double[] {1, 2 + 1e-9});
    Charts.add(c, "c", new double[] {1, 2}, new double[] {1, 3});
    Charts.add(c, "d", new double[] {1, 2}, new double[] {1, 3});
    assertThat(c.coincidences()).isEqualTo(" Curves that coincide (within 1e-6, relative) and so show as one: a, b; "
        + "c, d.");
    XyChart apart = Charts.line("t", "x", "y");
    Charts.add(apart, "a", new double[] {1, 2}, new double[] {1, 2});
    Charts.add(apart, "b", new double[] {1, 2}, new double[] {1, 2.1});
    assertThat(apart.coincidences()).isEmpty();
  }

  @Test
  void aPanelIsSmallerWithItsLegendBelow() throws IOException {
    XyChart panel = Charts.line("N = 10", "η", "loss").panel();
    Charts.add(panel, "empirical", new double[] {0, 1}, new double[] {1, 2});
    assertThat(panel.legend()).isEqualTo(XyChart.Legend.BELOW);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Charts.png(panel)));
    assertThat(image.getWidth()).isEqualTo(2 * Charts.PANEL_WIDTH);
    assertThat(image.getHeight()).isEqualTo(2 * Charts.PANEL_HEIGHT);
    assertThat(new String(Charts.svg(panel), StandardCharsets.UTF_8))
        .contains("width=\"" + Charts.PANEL_WIDTH + "\"").containsPattern("<text[^>]*>empirical</text>");
  }

  @Test
  void heatMapIsDrawnWithALabelledColourBar() throws IOException {
    double[] xs = {0, 1, 2, 3};
    double[] ys = {0, 1, 2};
    double[][] z = new double[3][4];
    for (int j = 0; j < 3; j++) {
      for (int i = 0; i < 4; i++) {
        z[j][i] = i * j;
      }
    }
    z[0][0] = Double.NaN;
    HeatMap chart = Charts.labelColourBar(Charts.heatMap("z", "x", "y", xs, ys, z), "recovery rate");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Charts.png(chart)));
    assertThat(distinctColors(image)).isGreaterThan(20);
    String svg = new String(Charts.svg(chart), StandardCharsets.UTF_8);
    assertThat(svg).containsPattern("<text[^>]*>recovery rate</text>")
        .as("cell values printed in a small grid").containsPattern("<text[^>]*>6</text>");
  }

  @Test
  void heatMapChecksItsShape() {
    assertThatThrownBy(() -> Charts.heatMap("t", "x", "y", new double[3], new double[2], new double[3][2]))
        .hasMessageContaining("z has 3 rows but there are 2 y values");
    assertThatThrownBy(() -> Charts.heatMap("t", "x", "y", new double[3], new double[2], new double[2][2]))
        .hasMessageContaining("row 0 of z has 2 values but there are 3 x values");
    double[][] nan = {{Double.NaN}};
    assertThatThrownBy(() -> Charts.heatMap("t", "x", "y", new double[1], new double[1], nan))
        .hasMessageContaining("no finite value");
  }

  @Test
  void logLogDropsPointsItCannotShowAndScatterRenders() throws IOException {
    XyChart chart = Charts.logLog("err", "n", "error");
    XySeries s = Charts.add(chart, "e", new double[] {0, 10, 100, 1000, Double.NaN},
        new double[] {1, 0.3, -1, 0.01, 5});
    assertThat(s.x()).containsExactly(10.0, 1000.0);
    assertThat(s.y()).containsExactly(0.3, 0.01);
    assertThat(Charts.png(chart)).startsWith(PNG_MAGIC);
    assertThatThrownBy(() -> Charts.add(chart, "none", new double[] {-1}, new double[] {1}))
        .hasMessageContaining("no drawable point");
    assertThatThrownBy(() -> Charts.add(chart, "bad", new double[] {1, 2}, new double[] {1}))
        .hasMessageContaining("2 x values but 1 y values");
    assertThatThrownBy(() -> chart.logX(false)).hasMessageContaining("before the first series");
    XyChart scatter = Charts.scatter("s", "x", "y");
    Charts.add(scatter, "p", new double[] {1, 2, 3}, new double[] {3, 1, 2});
    assertThat(scatter.series().get(0).hasLines()).isFalse();
    assertThat(Charts.png(scatter)).startsWith(PNG_MAGIC);
  }

  @Test
  void bandsAndErrorBarsFollowTheKeptPointsAndNeverCrossTheirPoint() throws IOException {
    XyChart chart = Charts.logY("b", "x", "y");
    XySeries s = Charts.add(chart, "m", new double[] {0, 1, 2}, new double[] {1, -1, 4})
        .band(new double[] {0.5, 9, -2}, new double[] {2, 9, 3});
    assertThat(s.low()).containsExactly(0.5, 4.0); // -2 cannot be shown on the log axis: no band below 4
    assertThat(s.high()).containsExactly(2.0, 4.0); // 3 lies below the point: no band above it
    assertThat(s.hasBand()).isTrue();
    XySeries bars = Charts.add(chart, "e", new double[] {0, 1}, new double[] {2, 3})
        .errorBars(new double[] {1, Double.NaN}, new double[] {3, Double.NaN});
    assertThat(bars.hasErrorBars()).isTrue();
    assertThat(bars.low()).containsExactly(1.0, 3.0);
    assertThatThrownBy(() -> bars.band(new double[1], new double[1])).hasMessageContaining("do not match");
    assertThat(Charts.svg(chart)).isNotEmpty();
    assertThat(Charts.png(chart)).startsWith(PNG_MAGIC);
  }

  @Test
  void aPointWithoutAnIntervalDrawsNoBar() throws IOException {
    XyChart none = Charts.scatter("p", "x", "y");
    Charts.add(none, "a", new double[] {1, 2}, new double[] {1, 2});
    XyChart undefined = Charts.scatter("p", "x", "y");
    Charts.add(undefined, "a", new double[] {1, 2}, new double[] {1, 2})
        .errorBars(new double[] {Double.NaN, Double.NaN}, new double[] {Double.NaN, Double.NaN});
    BufferedImage a = ImageIO.read(new ByteArrayInputStream(Charts.png(none)));
    BufferedImage b = ImageIO.read(new ByteArrayInputStream(Charts.png(undefined)));
    assertThat(differingPixels(a, b)).isZero();
  }

  @Test
  void longLinesLoseTheirMarkersAndDashedCurvesHaveNone() {
    XyChart chart = Charts.line("f", "x", "y");
    double[] x = new double[XyChart.MARKER_LIMIT + 1];
    assertThat(Charts.add(chart, "long", x, x).hasMarkers()).isFalse();
    assertThat(Charts.add(chart, "short", new double[] {1, 2}, new double[] {1, 2}).hasMarkers()).isTrue();
    XySeries d = Charts.addDashed(chart, "smooth", new double[] {1, 2}, new double[] {1, 2});
    assertThat(d.isDashed()).isTrue();
    assertThat(d.hasMarkers()).isFalse();
  }

  @Test
  void barChartRendersAndChecksItsCategories() throws IOException {
    BarChart bars = Charts.bar("r", "distribution", "rate").yRange(0, 1).labelAngle(20)
        .add("none", java.util.List.of("a", "b"), java.util.List.of(0.2, 0.9))
        .add("standardized", java.util.List.of("a", "b"), java.util.List.of(0.5, Double.NaN));
    assertThat(Charts.png(bars)).startsWith(PNG_MAGIC);
    assertThat(new String(Charts.svg(bars), StandardCharsets.UTF_8)).containsPattern("<text[^>]*>distribution</text>");
    assertThatThrownBy(() -> bars.add("x", java.util.List.of("a", "c"), java.util.List.of(1.0, 1.0)))
        .hasMessageContaining("has categories [a, c] but the chart has [a, b]");
    BarChart withIntervals = Charts.bar("r", "d", "rate").add("w", java.util.List.of("a", "b"),
        java.util.List.of(0.5, 0.9), new double[] {0.3, Double.NaN}, new double[] {0.7, Double.NaN});
    BufferedImage plain = ImageIO.read(new ByteArrayInputStream(Charts.png(Charts.bar("r", "d", "rate")
        .add("w", java.util.List.of("a", "b"), java.util.List.of(0.5, 0.9)))));
    BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(Charts.png(withIntervals)));
    assertThat(differingPixels(plain, drawn)).as("the interval bar is drawn").isGreaterThan(50);
    assertThatThrownBy(() -> withIntervals.add("y", java.util.List.of("a", "b"), java.util.List.of(1.0, 1.0),
        new double[1], new double[2])).hasMessageContaining("2 values but intervals of 1 and 2");
  }

  private static int differingPixels(BufferedImage a, BufferedImage b) {
    int n = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
      }
    }
    return n;
  }

  static int distinctColors(BufferedImage image) {
    Set<Integer> colors = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colors.add(image.getRGB(x, y));
      }
    }
    return colors.size();
  }
}
