package dev.ste4j.nn.data;

import dev.ste4j.tensor.Shape;
import java.util.Arrays;

/**
 * A mini-batch: {@code size} samples copied out of a dataset.
 *
 * @param features the samples, row-major, shape {@link #shape()}
 * @param labels one label per sample
 * @param sampleShape the shape of one sample
 */
public record MiniBatch(float[] features, int[] labels, int[] sampleShape) {

  public MiniBatch {
    long sampleSize = 1;
    for (int d : sampleShape) {
      sampleSize *= d;
    }
    if (features.length != labels.length * sampleSize) {
      throw new IllegalArgumentException(features.length + " values do not make " + labels.length
          + " samples of shape " + Arrays.toString(sampleShape));
    }
  }

  /** Number of samples. */
  public int size() {
    return labels.length;
  }

  /** The batch shape: {@code [size, sampleShape...]}. */
  public int[] shape() {
    return Shape.batched(labels.length, sampleShape);
  }

  @Override
  public String toString() {
    return "MiniBatch" + Arrays.toString(shape());
  }
}
