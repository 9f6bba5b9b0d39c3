package dev.ste4j.nn.data;

import java.util.Arrays;

/**
 * A labelled dataset held in memory: {@code size} samples of one shape, stored as one flat row-major float array, and
 * one integer class label per sample.
 *
 * <p>Sample {@code i} occupies {@code features[i * sampleSize, (i + 1) * sampleSize)}; for an image the sample shape is
 * {@code [channels, height, width]} (MNIST {@code [1, 28, 28]}, CIFAR-10 {@code [3, 32, 32]}), for a feature vector
 * {@code [features]} (digits {@code [64]}). Labels lie in {@code [0, numClasses)}; the constructor checks this, so a
 * {@code Dataset} never holds an out-of-range label.
 *
 * <p>Immutable by convention: {@link #features()} and {@link #labels()} return the backing arrays without copying
 * (MNIST's features are 188 MB), and callers must not modify them. Every transformation returns a new dataset.
 */
public final class Dataset {

  private final String name;
  private final float[] features;
  private final int[] labels;
  private final int[] sampleShape;
  private final int sampleSize;
  private final int numClasses;

  /**
   * @throws IllegalArgumentException when the shape has a non-positive dimension, the feature array does not hold
   *     {@code labels.length} samples of that shape, or a label lies outside {@code [0, numClasses)}
   */
  public Dataset(String name, float[] features, int[] labels, int[] sampleShape, int numClasses) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a dataset needs a name");
    }
    this.name = name;
    this.sampleShape = sampleShape.clone();
    this.sampleSize = checkedSize(name, this.sampleShape);
    if (numClasses < 1) {
      throw new IllegalArgumentException(name + ": number of classes must be at least 1, got " + numClasses);
    }
    if ((long) labels.length * sampleSize != features.length) {
      throw new IllegalArgumentException(name + ": " + features.length + " feature values do not make "
          + labels.length + " samples of shape " + Arrays.toString(sampleShape));
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= numClasses) {
        throw new IllegalArgumentException(name + ": label " + labels[i] + " of sample " + i
            + " is out of range 0.." + (numClasses - 1));
      }
    }
    this.features = features;
    this.labels = labels;
    this.numClasses = numClasses;
  }

  private static int checkedSize(String name, int[] shape) {
    if (shape.length == 0) {
      throw new IllegalArgumentException(name + ": a sample shape needs at least one dimension");
    }
    long size = 1;
    for (int d : shape) {
      if (d <= 0) {
        throw new IllegalArgumentException(name + ": sample shape " + Arrays.toString(shape)
            + " has a non-positive dimension");
      }
      size *= d;
      if (size > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(name + ": sample shape " + Arrays.toString(shape) + " is too large");
      }
    }
    return (int) size;
  }

  public String name() {
    return name;
  }

  /** Number of samples. */
  public int size() {
    return labels.length;
  }

  /** The shape of one sample, e.g. {@code [1, 28, 28]}; a copy. */
  public int[] sampleShape() {
    return sampleShape.clone();
  }

  /** Number of values in one sample (the product of the sample shape). */
  public int sampleSize() {
    return sampleSize;
  }

  public int numClasses() {
    return numClasses;
  }

  /** All features, sample after sample; the backing array, not to be modified. */
  public float[] features() {
    return features;
  }

  /** All labels; the backing array, not to be modified. */
  public int[] labels() {
    return labels;
  }

  public int label(int i) {
    return labels[i];
  }

  /** Copies sample {@code i} into {@code dst} starting at {@code offset}. */
  public void copySample(int i, float[] dst, int offset) {
    System.arraycopy(features, i * sampleSize, dst, offset, sampleSize);
  }

  /** How many samples each class has, indexed by label. */
  public int[] classCounts() {
    int[] counts = new int[numClasses];
    for (int label : labels) {
      counts[label]++;
    }
    return counts;
  }

  /** The samples at the given indices, in that order (indices may repeat). */
  public Dataset subset(String newName, int[] indices) {
    float[] f = new float[Math.multiplyExact(indices.length, sampleSize)];
    int[] l = new int[indices.length];
    for (int k = 0; k < indices.length; k++) {
      int i = indices[k];
      if (i < 0 || i >= labels.length) {
        throw new IndexOutOfBoundsException(name + ": index " + i + " outside 0.." + (labels.length - 1));
      }
      System.arraycopy(features, i * sampleSize, f, k * sampleSize, sampleSize);
      l[k] = labels[i];
    }
    return new Dataset(newName, f, l, sampleShape, numClasses);
  }

  /** Samples {@code from} (inclusive) to {@code to} (exclusive). */
  public Dataset slice(int from, int to) {
    if (from < 0 || to > labels.length || from > to) {
      throw new IndexOutOfBoundsException(name + ": slice [" + from + ", " + to + ") outside [0, " + labels.length + ")");
    }
    return new Dataset(name + "[" + from + ":" + to + "]",
        Arrays.copyOfRange(features, from * sampleSize, to * sampleSize),
        Arrays.copyOfRange(labels, from, to), sampleShape, numClasses);
  }

  /** The same samples with new feature values of the same length (used by normalisation). */
  public Dataset withFeatures(String newName, float[] newFeatures) {
    return new Dataset(newName, newFeatures, labels, sampleShape, numClasses);
  }

  /** The same data under another name. */
  public Dataset named(String newName) {
    return new Dataset(newName, features, labels, sampleShape, numClasses);
  }

  /** The same data seen with another sample shape of the same size, e.g. digits {@code [64]} as {@code [1, 8, 8]}. */
  public Dataset reshape(int... newShape) {
    if (checkedSize(name, newShape) != sampleSize) {
      throw new IllegalArgumentException(name + ": cannot reshape samples of shape " + Arrays.toString(sampleShape)
          + " to " + Arrays.toString(newShape));
    }
    return new Dataset(name, features, labels, newShape, numClasses);
  }

  @Override
  public String toString() {
    return name + ": " + size() + " samples of shape " + Arrays.toString(sampleShape) + ", " + numClasses + " classes";
  }
}
