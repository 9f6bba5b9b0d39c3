package dev.ste4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** A log axis whose data leave [1e-3, 1e3] labels every decade in one (scientific) format. */
class ChartsLogFormatTest {

  private static XYChart chart(double lo, double hi) {
    XYChart c = Charts.logY("t", "x", "y");
    Charts.add(c, "s", new double[] {1, 2}, new double[] {lo, hi});
    return c;
  }

  @Test
  void scientificOnlyWhereXChartWouldMixFormats() throws Exception {
    XYChart wide = chart(1e-16, 1);
    Charts.png(wide);
    assertThat(wide.getStyler().getYAxisDecimalPattern()).isEqualTo(Charts.SCIENTIFIC);
    XYChart plain = chart(0.01, 100);
    Charts.png(plain);
    assertThat(plain.getStyler().getYAxisDecimalPattern()).isNull();
    // The linear x axis keeps its own labels.
    assertThat(wide.getStyler().getXAxisDecimalPattern()).isNull();
  }

  @Test
  void integerAxesLabelIntegersOnly() {
    XYChart c = Charts.integerY(Charts.line("t", "x", "d"));
    var labels = c.getStyler().getyAxisTickLabelsFormattingFunction();
    assertThat(labels.apply(3.0)).isEqualTo("3");
    assertThat(labels.apply(2.5)).isEmpty();
  }

  @Test
  void aLabelledColourBarStillRenders() throws Exception {
    var c = Charts.labelColourBar(Charts.heatMap("r", "N", "n", new double[] {1, 2}, new double[] {1},
        new double[][] {{0, 1}}), "recovery rate");
    assertThat(c.getStyler().getAnnotationTextFont().getSize()).isEqualTo(12);
    assertThat(Charts.png(c)).isNotEmpty();
  }
}
