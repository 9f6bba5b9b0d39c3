package dev.ste4j.nn.data;

import dev.ste4j.tensor.random.Rng;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One pass (an epoch) over a dataset in mini-batches, in file order or in a seeded random order.
 *
 * <p>The order is fixed when the pass is created: {@link #shuffled} draws one permutation from the given source, so the
 * same seed gives the same batches on every run and thread count. For a different order each epoch, give each epoch its
 * own stream: {@code MiniBatches.shuffled(train, 128, rng.split(epoch), false)}. The last batch is smaller when the
 * batch size does not divide the dataset, unless {@code dropLast} drops it. Batches are copied out on demand, so a pass
 * holds one permutation, not a second copy of the data.
 */
public final class MiniBatches implements Iterable<MiniBatch> {

  private final Dataset data;
  private final int batchSize;
  private final int[] order;
  private final int batches;

  private MiniBatches(Dataset data, int batchSize, int[] order, boolean dropLast) {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
    }
    this.data = data;
    this.batchSize = batchSize;
    this.order = order;
    this.batches = dropLast ? order.length / batchSize : (order.length + batchSize - 1) / batchSize;
  }

  /** A pass in file order. */
  public static MiniBatches inOrder(Dataset data, int batchSize) {
    int[] order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    return new MiniBatches(data, batchSize, order, false);
  }

  /** A pass in the order of one permutation drawn from {@code rng} (Fisher–Yates). */
  public static MiniBatches shuffled(Dataset data, int batchSize, Rng rng, boolean dropLast) {
    return new MiniBatches(data, batchSize, rng.permutation(data.size()), dropLast);
  }

  /** Number of batches in this pass. */
  public int count() {
    return batches;
  }

  /** The sample indices in the order they are visited; a copy. */
  public int[] order() {
    return order.clone();
  }

  /** Batch {@code b} of this pass. */
  public MiniBatch batch(int b) {
    if (b < 0 || b >= batches) {
      throw new IndexOutOfBoundsException("batch " + b + " outside 0.." + (batches - 1));
    }
    int from = b * batchSize;
    int n = Math.min(batchSize, order.length - from);
    int size = data.sampleSize();
    float[] f = new float[n * size];
    int[] l = new int[n];
    for (int k = 0; k < n; k++) {
      int i = order[from + k];
      data.copySample(i, f, k * size);
      l[k] = data.label(i);
    }
    return new MiniBatch(f, l, data.sampleShape());
  }

  @Override
  public Iterator<MiniBatch> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < batches;
      }

      @Override
      public MiniBatch next() {
        if (next >= batches) {
          throw new NoSuchElementException();
        }
        return batch(next++);
      }
    };
  }
}
