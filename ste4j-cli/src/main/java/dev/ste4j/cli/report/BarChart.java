package dev.ste4j.cli.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bars over named categories, one bar per series in each category, with an optional fixed y range. */
public final class BarChart extends LabelledChart implements Chart {

  private final List<String> categories = new ArrayList<>();
  private final Map<String, List<Double>> series = new LinkedHashMap<>();
  private final Map<String, double[][]> intervals = new LinkedHashMap<>();
  private Double yMin;
  private Double yMax;
  private int labelAngle;

  BarChart(String title, String xLabel, String yLabel) {
    super(title, xLabel, yLabel);
  }

  /**
   * Adds one series: a value per category, the categories in the same order for every series.
   *
   * @throws IllegalArgumentException if the lengths differ or the categories differ from the first series'
   */
  public BarChart add(String name, List<String> categoryNames, List<Double> values) {
    if (categoryNames.size() != values.size()) {
      throw new IllegalArgumentException("bar series '" + name + "': " + categoryNames.size() + " categories but "
          + values.size() + " values");
    }
    if (categories.isEmpty()) {
      categories.addAll(categoryNames);
    } else if (!categories.equals(categoryNames)) {
      throw new IllegalArgumentException("bar series '" + name + "' has categories " + categoryNames
          + " but the chart has " + categories);
    }
    series.put(name, List.copyOf(values));
    return this;
  }

  /**
   * Adds one series with an interval per bar (e.g. a 95 % Wilson interval of a rate), drawn as an error bar; a
   * non-finite end draws none.
   */
  public BarChart add(String name, List<String> categoryNames, List<Double> values, double[] low, double[] high) {
    if (low.length != values.size() || high.length != values.size()) {
      throw new IllegalArgumentException("bar series '" + name + "': " + values.size() + " values but intervals of "
          + low.length + " and " + high.length);
    }
    add(name, categoryNames, values);
    intervals.put(name, new double[][] {low.clone(), high.clone()});
    return this;
  }

  /** Fixes the y axis to [min, max] (for a rate: 0 to 1). */
  public BarChart yRange(double min, double max) {
    this.yMin = min;
    this.yMax = max;
    return this;
  }

  /** Tilts the category labels by this many degrees, so that long names do not run into each other. */
  public BarChart labelAngle(int degrees) {
    this.labelAngle = degrees;
    return this;
  }

  List<String> categories() {
    return Collections.unmodifiableList(categories);
  }

  Map<String, List<Double>> seriesValues() {
    return Collections.unmodifiableMap(series);
  }

  /** The [low, high] arrays of a series, or null where it has none. */
  double[][] intervals(String name) {
    return intervals.get(name);
  }

  Double yMin() {
    return yMin;
  }

  Double yMax() {
    return yMax;
  }

  int labelAngle() {
    return labelAngle;
  }
}
