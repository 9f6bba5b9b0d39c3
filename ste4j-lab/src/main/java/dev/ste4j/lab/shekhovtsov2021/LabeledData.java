package dev.ste4j.lab.shekhovtsov2021;

/**
 * A classification data set as plain arrays: {@code rows} examples of {@code dims} features (row-major, float) and
 * integer labels in 0..classes−1. The latent-weight experiment trains on this, whatever the source (MNIST, synthetic).
 */
public record LabeledData(String name, float[] features, int[] labels, int rows, int dims, int classes) {

  public LabeledData {
    if (rows < 1 || dims < 1 || classes < 2) {
      throw new IllegalArgumentException(name + ": need rows ≥ 1, dims ≥ 1 and classes ≥ 2, got rows=" + rows
          + " dims=" + dims + " classes=" + classes);
    }
    if (features.length != (long) rows * dims) {
      throw new IllegalArgumentException(name + ": features hold " + features.length + " values, expected rows×dims = "
          + rows + "×" + dims);
    }
    if (labels.length != rows) {
      throw new IllegalArgumentException(name + ": " + labels.length + " labels for " + rows + " rows");
    }
    for (int i = 0; i < rows; i++) {
      if (labels[i] < 0 || labels[i] >= classes) {
        throw new IllegalArgumentException(name + ": label " + labels[i] + " of row " + i + " is outside 0.."
            + (classes - 1));
      }
    }
  }

  /** Row i's features as doubles. */
  public double[] row(int i) {
    double[] x = new double[dims];
    for (int k = 0; k < dims; k++) {
      x[k] = features[i * dims + k];
    }
    return x;
  }

  /** The first n rows (or all, when n ≥ rows). */
  public LabeledData head(int n) {
    int m = Math.min(n, rows);
    float[] f = new float[m * dims];
    System.arraycopy(features, 0, f, 0, f.length);
    int[] l = new int[m];
    System.arraycopy(labels, 0, l, 0, m);
    return new LabeledData(name, f, l, m, dims, classes);
  }

  /** The last n rows (or all, when n ≥ rows). */
  public LabeledData tail(int n) {
    int m = Math.min(n, rows);
    float[] f = new float[m * dims];
    System.arraycopy(features, (rows - m) * dims, f, 0, f.length);
    int[] l = new int[m];
    System.arraycopy(labels, rows - m, l, 0, m);
    return new LabeledData(name, f, l, m, dims, classes);
  }
}
