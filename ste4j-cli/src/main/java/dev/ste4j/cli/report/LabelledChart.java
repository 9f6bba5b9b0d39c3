package dev.ste4j.cli.report;

/** What every chart kind is labelled with: a title above it and the names of its two axes. */
abstract class LabelledChart {

  private final String title;
  private final String xLabel;
  private final String yLabel;

  LabelledChart(String title, String xLabel, String yLabel) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
  }

  /** The title drawn above the chart. */
  public String title() {
    return title;
  }

  public String xLabel() {
    return xLabel;
  }

  public String yLabel() {
    return yLabel;
  }
}
