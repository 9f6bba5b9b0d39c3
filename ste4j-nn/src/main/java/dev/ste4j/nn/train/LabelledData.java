package dev.ste4j.nn.train;

import java.util.Arrays;

/**
 * Labelled samples of one shape that the trainer draws mini-batches from. A dataset loader adapts to this with four
 * one-line methods; {@link #of} wraps arrays made in memory.
 */
public interface LabelledData {

  /** Number of samples. */
  int size();

  /** Shape of one sample, e.g. [1, 28, 28]. */
  int[] sampleShape();

  /** Number of classes; labels lie in [0, classes). */
  int numClasses();

  /** Copies sample {@code i} into {@code dst} at {@code offset}. */
  void copySample(int i, float[] dst, int offset);

  int label(int i);

  /** Number of values in one sample. */
  default int sampleSize() {
    int s = 1;
    for (int d : sampleShape()) {
      s *= d;
    }
    return s;
  }

  /** Wraps row-major features (not copied) and labels. */
  static LabelledData of(float[] features, int[] labels, int[] sampleShape, int numClasses) {
    int size = Arrays.stream(sampleShape).reduce(1, (a, b) -> a * b);
    if ((long) labels.length * size != features.length) {
      throw new IllegalArgumentException(features.length + " values do not make " + labels.length
          + " samples of shape " + Arrays.toString(sampleShape));
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= numClasses) {
        throw new IllegalArgumentException("label " + labels[i] + " of sample " + i + " outside 0.." + (numClasses - 1));
      }
    }
    int[] shape = sampleShape.clone();
    return new LabelledData() {
      @Override
      public int size() {
        return labels.length;
      }

      @Override
      public int[] sampleShape() {
        return shape.clone();
      }

      @Override
      public int numClasses() {
        return numClasses;
      }

      @Override
      public void copySample(int i, float[] dst, int offset) {
        System.arraycopy(features, i * size, dst, offset, size);
      }

      @Override
      public int label(int i) {
        return labels[i];
      }
    };
  }
}
