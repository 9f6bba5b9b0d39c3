package dev.ste4j.cli.report;

/**
 * A heat map of z over a grid: {@code z[j][i]} is the value at ({@code xs[i]}, {@code ys[j]}), i.e. one row of z per y
 * value, as in a printed matrix or matplotlib's {@code pcolormesh}. The cells are equally wide whatever the spacing
 * of xs and ys (each labelled with its value). Non-finite cells are left blank; the colour scale runs over the finite
 * values and its bar is labelled with {@link #colourBarLabel}.
 */
public final class HeatMap extends LabelledChart implements Chart {

  /** Cell values are printed in the cells when the grid has at most this many cells. */
  static final int VALUE_LIMIT = 64;

  private final double[] xs;
  private final double[] ys;
  private final double[][] z;
  private final double min;
  private final double max;
  private String colourBarLabel = "";

  HeatMap(String title, String xLabel, String yLabel, double[] xs, double[] ys, double[][] z) {
    super(title, xLabel, yLabel);
    if (z.length != ys.length) {
      throw new IllegalArgumentException("heat map '" + title + "': z has " + z.length + " rows but there are "
          + ys.length + " y values (z must be [ys.length][xs.length])");
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double[][] copy = new double[ys.length][];
    for (int j = 0; j < ys.length; j++) {
      if (z[j].length != xs.length) {
        throw new IllegalArgumentException("heat map '" + title + "': row " + j + " of z has " + z[j].length
            + " values but there are " + xs.length + " x values (z must be [ys.length][xs.length])");
      }
      copy[j] = z[j].clone();
      for (double v : z[j]) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (lo > hi) {
      throw new IllegalArgumentException("heat map '" + title + "' has no finite value");
    }
    this.xs = xs.clone();
    this.ys = ys.clone();
    this.z = copy;
    this.min = lo;
    this.max = hi;
  }

  /** Names what the colour bar measures. */
  public HeatMap colourBarLabel(String label) {
    this.colourBarLabel = label;
    return this;
  }

  double[] xs() {
    return xs;
  }

  double[] ys() {
    return ys;
  }

  double z(int j, int i) {
    return z[j][i];
  }

  double min() {
    return min;
  }

  double max() {
    return max;
  }

  String colourBarLabel() {
    return colourBarLabel;
  }
}
