package dev.ste4j.lab.jeong2025;

import dev.ste4j.tensor.random.Rng;

/**
 * N training samples Z_k ∈ R^{m×n} with labels y_k, held in the two layouts the coarse-gradient kernel streams:
 * row-major (row r = k·m + i holds Z_k's i-th patch, n floats) and column-major (feature j holds N·m floats).
 *
 * <p>Generation order is fixed — entries in row-major index order from the data stream, then normalisation, then the
 * labels, then one noise draw per sample from the noise stream — so a sample depends only on its configuration and
 * its two streams. The noise draw ξ_k is taken even when s = 0 and scaled by s, so runs that differ only in the noise
 * level share their inputs and noise directions (common random numbers).
 */
public final class Sample {

  private final int count;
  private final int rows;
  private final int dimension;
  private final float[] rowMajor;
  private final float[] columnMajor;
  private final float[] labels;

  private Sample(int count, int rows, int dimension, float[] rowMajor, float[] labels) {
    this.count = count;
    this.rows = rows;
    this.dimension = dimension;
    this.rowMajor = rowMajor;
    this.labels = labels;
    int r = count * rows;
    this.columnMajor = new float[r * dimension];
    for (int k = 0; k < r; k++) {
      for (int j = 0; j < dimension; j++) {
        columnMajor[j * r + k] = rowMajor[k * dimension + j];
      }
    }
  }

  /**
   * Draws N samples for the model and labels them with the teacher: y_k = v*ᵀσ(Z_k w*) + s·ξ_k.
   *
   * @throws IllegalArgumentException if N &lt; 1 or N·m·n does not fit in an array
   */
  public static Sample draw(ModelConfig model, Teacher teacher, int count, Rng data, Rng noise) {
    if (count < 1) {
      throw new IllegalArgumentException("sample size N must be at least 1, got " + count);
    }
    long size = (long) count * model.rows() * model.dimension();
    if (size > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("sample too large: N·m·n = " + size + " entries");
    }
    float[] z = new float[(int) size];
    model.distribution().fill(z, data);
    model.normalization().apply(z, count * model.rows(), model.dimension());
    float[] y = new float[count];
    Sample sample = new Sample(count, model.rows(), model.dimension(), z, y);
    float[] pre = new float[count * model.rows()];
    CoarseGradient.preActivations(sample, teacher.weightsView(), pre);
    float[] v = teacher.secondLayerView();
    Activation act = model.activation();
    for (int k = 0; k < count; k++) {
      y[k] = CoarseGradient.output(act, v, pre, k * model.rows()) + (float) (model.noiseStd() * noise.nextGaussian());
    }
    return sample;
  }

  /** N. */
  public int count() {
    return count;
  }

  /** m. */
  public int rows() {
    return rows;
  }

  /** n. */
  public int dimension() {
    return dimension;
  }

  /** The entry Z_k[i][j]. */
  public float input(int k, int i, int j) {
    return rowMajor[(k * rows + i) * dimension + j];
  }

  /** y_k. */
  public float label(int k) {
    return labels[k];
  }

  float[] rowMajor() {
    return rowMajor;
  }

  float[] columnMajor() {
    return columnMajor;
  }

  float[] labels() {
    return labels;
  }
}
