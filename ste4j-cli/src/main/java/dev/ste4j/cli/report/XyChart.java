package dev.ste4j.cli.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An x–y chart: series drawn as lines (with markers while they are short), as markers only, or as error bars, with
 * optional bands. Axes are linear or logarithmic; points a log axis cannot show are left out when a series is added,
 * so {@link #logX} and {@link #logY} must be set before the series.
 */
public final class XyChart extends LabelledChart implements Chart {

  /**
   * Where the legend goes: beside the plot (the default), below it (panels in a row, too narrow for a legend beside),
   * or inside one of its upper corners where the data leave that corner free.
   */
  public enum Legend { RIGHT, BELOW, INSIDE_TOP_LEFT, INSIDE_TOP_RIGHT, NONE }

  /** A line with more points than this is drawn without markers, which would only blur it. */
  static final int MARKER_LIMIT = 60;

  private boolean logX;
  private boolean logY;
  private boolean integerY;
  private boolean markersOnly;
  private Legend legend = Legend.RIGHT;
  private boolean panel;
  private final List<XySeries> series = new ArrayList<>();

  XyChart(String title, String xLabel, String yLabel) {
    super(title, xLabel, yLabel);
  }

  /** Makes the x axis logarithmic (before adding series). */
  public XyChart logX(boolean log) {
    requireEmpty("logX");
    this.logX = log;
    return this;
  }

  /** Makes the y axis logarithmic (before adding series). */
  public XyChart logY(boolean log) {
    requireEmpty("logY");
    this.logY = log;
    return this;
  }

  /** Ticks at integers only on the y axis, for an integer quantity (a count, a Hamming distance). */
  public XyChart integerY() {
    this.integerY = true;
    return this;
  }

  /** Draws series added from now on as markers without lines. */
  public XyChart markersOnly() {
    this.markersOnly = true;
    return this;
  }

  public XyChart legend(Legend where) {
    this.legend = where;
    return this;
  }

  /**
   * Drawn as one of several panels side by side ({@code Report.Section.imageRow}): {@link Charts#PANEL_WIDTH} ×
   * {@link Charts#PANEL_HEIGHT} with the same font sizes, so its text stays as large as a full chart's on the page,
   * and the legend below the plot.
   */
  public XyChart panel() {
    this.panel = true;
    this.legend = Legend.BELOW;
    return this;
  }

  public boolean isPanel() {
    return panel;
  }

  public boolean isLogX() {
    return logX;
  }

  public boolean isLogY() {
    return logY;
  }

  public boolean isIntegerY() {
    return integerY;
  }

  public Legend legend() {
    return legend;
  }

  public List<XySeries> series() {
    return Collections.unmodifiableList(series);
  }

  /**
   * Adds a series, leaving out points that cannot be drawn: non-finite coordinates, and coordinates that are not
   * positive on a logarithmic axis.
   *
   * @throws IllegalArgumentException if the arrays differ in length or no point is left to draw
   */
  public XySeries add(String name, double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("series '" + name + "': " + x.length + " x values but " + y.length
          + " y values");
    }
    int[] kept = new int[x.length];
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (drawable(x[i], logX) && drawable(y[i], logY)) {
        kept[n++] = i;
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("series '" + name + "' has no drawable point (all " + x.length
          + " are non-finite" + (logX || logY ? " or not positive on a log axis)" : ")"));
    }
    XySeries s = new XySeries(name, java.util.Arrays.copyOf(kept, n), x, y, logY);
    if (markersOnly) {
      s.markersOnly();
    }
    series.add(s);
    return s;
  }

  /**
   * A sentence naming the series drawn on top of each other (same x, y within 1e-6 relative at every point), so the
   * caption can say why a legend entry has no visible curve; empty when none coincide.
   */
  public String coincidences() {
    List<String> groups = new ArrayList<>();
    boolean[] used = new boolean[series.size()];
    for (int i = 0; i < series.size(); i++) {
      if (used[i]) {
        continue;
      }
      List<String> group = new ArrayList<>(List.of(series.get(i).name()));
      for (int j = i + 1; j < series.size(); j++) {
        if (!used[j] && same(series.get(i), series.get(j))) {
          used[j] = true;
          group.add(series.get(j).name());
        }
      }
      if (group.size() > 1) {
        groups.add(String.join(", ", group));
      }
    }
    return groups.isEmpty() ? "" : " Curves that coincide (within 1e-6, relative) and so show as one: "
        + String.join("; ", groups) + ".";
  }

  private static boolean same(XySeries a, XySeries b) {
    if (!java.util.Arrays.equals(a.x(), b.x())) {
      return false;
    }
    double[] ya = a.y();
    double[] yb = b.y();
    for (int k = 0; k < ya.length; k++) {
      if (Math.abs(ya[k] - yb[k]) > 1e-6 * Math.max(Math.abs(ya[k]), Math.abs(yb[k]))) {
        return false;
      }
    }
    return true;
  }

  private void requireEmpty(String what) {
    if (!series.isEmpty()) {
      throw new IllegalStateException(what + " must be set before the first series ('" + series.get(0).name()
          + "' was added already)");
    }
  }

  static boolean drawable(double v, boolean log) {
    return Double.isFinite(v) && (!log || v > 0);
  }
}
