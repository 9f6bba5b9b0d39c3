package dev.ste4j.nn.data;

import dev.ste4j.tensor.random.Rng;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * One pass (an epoch) over a dataset in mini-batches, in file order or in a seeded random order.
 *
 * <p>The order is fixed when the pass is created: {@link #shuffled} draws one permutation from the given source, so the
 * same seed gives the same batches on every run and thread count. For a different order each epoch, give each epoch its
 * own stream: {@code MiniBatches.shuffled(train, 128, rng.split(epoch), LastBatch.DEFAULT)}. When the batch size does
 * not divide the dataset, the {@link LastBatch} policy keeps the remainder as a smaller last batch or drops it; a pass
 * in file order (for evaluation) keeps it always. Batches are copied out on demand, so a pass
 * holds one permutation, not a second copy of the data.
 */
public final class MiniBatches implements Iterable<MiniBatch> {

  private final Dataset data;
  private final int batchSize;
  private final int[] order;
  private final int batches;

  private MiniBatches(Dataset data, int batchSize, int[] order, LastBatch lastBatch) {
    this.batches = lastBatch.batches(order.length, batchSize);
    this.data = data;
    this.batchSize = batchSize;
    this.order = order;
  }

  /** A pass in file order. */
  public static MiniBatches inOrder(Dataset data, int batchSize) {
    int[] order = new int[data.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    return new MiniBatches(data, batchSize, order, LastBatch.KEEP);
  }

  /** A pass in the order of one permutation drawn from {@code rng} (Fisher–Yates). */
  public static MiniBatches shuffled(Dataset data, int batchSize, Rng rng, LastBatch lastBatch) {
    return new MiniBatches(data, batchSize, rng.permutation(data.size()), lastBatch);
  }

  /** As {@link #shuffled(Dataset, int, Rng, LastBatch)} with {@code DROP} or {@code KEEP} (PyTorch's drop_last). */
  public static MiniBatches shuffled(Dataset data, int batchSize, Rng rng, boolean dropLast) {
    return shuffled(data, batchSize, rng, dropLast ? LastBatch.DROP : LastBatch.KEEP);
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
