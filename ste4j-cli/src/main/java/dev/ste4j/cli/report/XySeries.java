package dev.ste4j.cli.report;

import java.awt.Color;

/**
 * One series of an {@link XyChart}: its drawable points and how to draw them (colour, dash, markers, legend entry, a
 * band or error bars). Made by {@link XyChart#add}; setters return the series, to chain.
 */
public final class XySeries {
  private String name;
  private final int[] kept;
  private final double[] x;
  private final double[] y;
  private final boolean logY;
  private double[] low;
  private double[] high;
  private boolean errorBars;
  private Color colour;
  private boolean dashed;
  private boolean lines = true;
  private Boolean markers;
  private boolean inLegend = true;

  XySeries(String name, int[] kept, double[] x, double[] y, boolean logY) {
    this.name = name;
    this.kept = kept;
    this.x = pick(x, kept);
    this.y = pick(y, kept);
    this.logY = logY;
  }

  public String name() {
    return name;
  }

  public double[] x() {
    return x.clone();
  }

  public double[] y() {
    return y.clone();
  }

  /** A shaded band from low to high around the line (full-length arrays, as given to add). */
  public XySeries band(double[] lowAll, double[] highAll) {
    setInterval(lowAll, highAll);
    errorBars = false;
    return this;
  }

  /** A vertical error bar from low to high at each point (full-length arrays, as given to add). */
  public XySeries errorBars(double[] lowAll, double[] highAll) {
    setInterval(lowAll, highAll);
    errorBars = true;
    return this;
  }

  private void setInterval(double[] lowAll, double[] highAll) {
    if (lowAll.length != highAll.length || lowAll.length <= kept[kept.length - 1]) {
      throw new IllegalArgumentException("series '" + name + "': interval arrays of " + lowAll.length + " and "
          + highAll.length + " values do not match its points");
    }
    low = pick(lowAll, kept);
    high = pick(highAll, kept);
    for (int i = 0; i < low.length; i++) {
      // An end the axis cannot show (or that is missing) shrinks to the point itself: no interval drawn there.
      if (!XyChart.drawable(low[i], logY) || low[i] > y[i]) {
        low[i] = y[i];
      }
      if (!XyChart.drawable(high[i], logY) || high[i] < y[i]) {
        high[i] = y[i];
      }
    }
  }

  public XySeries colour(Color c) {
    this.colour = c;
    return this;
  }

  /** Drawn dashed, without markers: for a smooth reference curve or a secondary outcome. */
  public XySeries dashed() {
    this.dashed = true;
    this.markers = false;
    return this;
  }

  public XySeries markers(boolean show) {
    this.markers = show;
    return this;
  }

  /** Markers without a line. */
  public XySeries markersOnly() {
    this.lines = false;
    this.markers = true;
    return this;
  }

  public XySeries hideFromLegend() {
    this.inLegend = false;
    return this;
  }

  /** The name shown in the legend. */
  public XySeries label(String label) {
    this.name = label;
    return this;
  }

  double[] low() {
    return low;
  }

  double[] high() {
    return high;
  }

  boolean hasErrorBars() {
    return low != null && errorBars;
  }

  boolean hasBand() {
    return low != null && !errorBars;
  }

  Color colourOrNull() {
    return colour;
  }

  boolean isDashed() {
    return dashed;
  }

  boolean hasLines() {
    return lines;
  }

  boolean hasMarkers() {
    return markers != null ? markers : x.length <= XyChart.MARKER_LIMIT;
  }

  public boolean isInLegend() {
    return inLegend;
  }

  private static double[] pick(double[] values, int[] at) {
    double[] out = new double[at.length];
    for (int i = 0; i < at.length; i++) {
      out[i] = values[at[i]];
    }
    return out;
  }
}
