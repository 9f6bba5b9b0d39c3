package dev.ste4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class LogTickLabelsTest {

  @Test
  void candidatesDependOnHowManyDecadesTheAxisSpans() {
    assertThat(LogTickLabels.candidates(1e-4, 1)).as("four decades: decade labels suffice").isEmpty();
    assertThat(LogTickLabels.candidates(8, 200)).containsExactly(50.0, 20.0, 200.0);
    assertThat(LogTickLabels.candidates(0.05, 0.9)).containsExactly(0.05, 0.5, 0.2);
    assertThat(LogTickLabels.candidates(20, 45)).containsExactly(20.0, 30.0, 40.0);
    assertThat(LogTickLabels.candidates(0, 10)).isEmpty();
    assertThat(LogTickLabels.candidates(5, 5)).isEmpty();
  }

  @Test
  void labelsAreExactDecimals() {
    assertThat(LogTickLabels.label(0.05)).isEqualTo("0.05");
    assertThat(LogTickLabels.label(200)).isEqualTo("200");
    assertThat(LogTickLabels.label(3e-5)).isEqualTo("3E-5");
    assertThat(LogTickLabels.label(2e7)).isEqualTo("2E7");
  }

  @Test
  void aShortLogAxisGetsLabelsBetweenItsDecades() throws IOException {
    XYChart chart = Charts.logLog("threshold", "n", "N*");
    Charts.add(chart, "a", new double[] {8, 16, 32, 64}, new double[] {9, 20, 60, 210});
    LogTickLabels labels = probe(chart);
    Charts.png(chart);
    assertThat(labels.drawnX()).contains(20.0, 50.0);
    assertThat(labels.drawnY()).contains(20.0, 50.0, 200.0);
    write(chart, "loglog-short");
  }

  @Test
  void aLinearAxisAndALongLogAxisGetNoExtraLabels() throws IOException {
    XYChart chart = Charts.logY("loss", "step", "loss");
    Charts.add(chart, "a", new double[] {0, 1, 2, 3}, new double[] {1, 1e-2, 1e-4, 1e-6});
    LogTickLabels labels = probe(chart);
    Charts.png(chart);
    assertThat(labels.drawnX()).isEmpty();
    assertThat(labels.drawnY()).isEmpty();
    write(chart, "logy-long");
  }

  @Test
  void labelsThatWouldCrowdTheirNeighborsAreLeftOut() throws IOException {
    XYChart chart = Charts.logLog("narrow", "n", "y");
    chart.getStyler().setYAxisMin(20.0).setYAxisMax(45.0);
    Charts.add(chart, "a", new double[] {1, 2}, new double[] {20, 45});
    LogTickLabels labels = probe(chart);
    Charts.png(chart);
    // Candidates 20, 30, 40 on the y axis are far enough apart on a 520-pixel chart; on a tiny one they are not.
    assertThat(labels.drawnY()).containsExactlyInAnyOrder(20.0, 30.0, 40.0);
    write(chart, "narrow");
    chart.getStyler().setAxisTickLabelsFont(chart.getStyler().getAxisTickLabelsFont().deriveFont(200f));
    Charts.png(chart);
    assertThat(labels.drawnY()).hasSizeLessThan(3);
    write(chart, "crowded");
  }

  /** A second instance beside the one Charts.line adds: it places the same labels and reports them. */
  private static LogTickLabels probe(XYChart chart) {
    LogTickLabels probe = new LogTickLabels();
    chart.addAnnotation(probe);
    return probe;
  }

  /** Leaves the PNG under target/ for a look when STE4J_KEEP_CHARTS is set. */
  private static void write(XYChart chart, String name) throws IOException {
    if (System.getenv("STE4J_KEEP_CHARTS") != null) {
      Path dir = Path.of("target", "charts");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), Charts.png(chart));
    }
  }
}
