package dev.ste4j.lab.jeong2025;

/**
 * What is done to the inputs before the network (teacher and student alike) sees them.
 *
 * <ul>
 *   <li>{@code none}: raw draws.</li>
 *   <li>{@code standardize}: per feature j, z ← (z − m_j)/s_j with m_j and s_j the empirical mean and standard
 *       deviation of feature j over all N·m rows of the sample (s_j = 0, a constant feature, leaves z − m_j).</li>
 * </ul>
 * The teacher labels the normalised inputs: normalisation is part of the input pipeline, so the teacher stays exactly
 * realisable (Jeong et al. v2: normalisation restores the STE on non-Gaussian data).
 */
public enum Normalization {
  NONE,
  STANDARDIZE;

  /** The registry name used in configurations and on the command line. */
  public String id() {
    return Choices.id(this);
  }

  /**
   * Applies this normalisation in place to {@code rows} row-major data of {@code width} features. Sums run in double
   * in row order, so the result is deterministic.
   */
  public void apply(float[] data, int rows, int width) {
    if (this == NONE || rows == 0) {
      return;
    }
    double[] mean = new double[width];
    double[] sq = new double[width];
    for (int r = 0; r < rows; r++) {
      int off = r * width;
      for (int j = 0; j < width; j++) {
        mean[j] += data[off + j];
      }
    }
    for (int j = 0; j < width; j++) {
      mean[j] /= rows;
    }
    for (int r = 0; r < rows; r++) {
      int off = r * width;
      for (int j = 0; j < width; j++) {
        double d = data[off + j] - mean[j];
        sq[j] += d * d;
      }
    }
    double[] inv = new double[width];
    for (int j = 0; j < width; j++) {
      double sd = Math.sqrt(sq[j] / rows);
      inv[j] = sd > 0 ? 1.0 / sd : 1.0;
    }
    for (int r = 0; r < rows; r++) {
      int off = r * width;
      for (int j = 0; j < width; j++) {
        data[off + j] = (float) ((data[off + j] - mean[j]) * inv[j]);
      }
    }
  }

  /** The normalisation registered under {@code name}; an unknown name fails with the list of known ones. */
  public static Normalization parse(String name) {
    return Choices.parse(Normalization.class, "normalization", name);
  }
}
