package dev.ste4j.nn.train;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.RandomCrop;
import dev.ste4j.tensor.Shape;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.util.Arrays;

/** A mini-batch as the model sees it: an input tensor [n, sample shape…] and n labels. */
record Batch(Tensor input, int[] labels) {

  /** Samples {@code order[from .. from+n)} (or {@code from .. from+n} when order is null), copied out of the data. */
  static Batch of(Dataset data, int[] order, int from, int n) {
    int size = data.sampleSize();
    float[] x = new float[n * size];
    int[] y = new int[n];
    for (int k = 0; k < n; k++) {
      int i = order == null ? from + k : order[from + k];
      data.copySample(i, x, k * size);
      y[k] = data.label(i);
    }
    return new Batch(Tensor.wrap(x, Shape.batched(n, data.sampleShape())), y);
  }

  /** This batch with every sample cropped (and possibly flipped) by {@code crop}; the labels stay. */
  Batch cropped(RandomCrop crop, Rng rng) {
    int[] dims = input.dims();
    int[] sample = Arrays.copyOfRange(dims, 1, dims.length);
    return new Batch(Tensor.wrap(crop.apply(input.data(), dims[0], sample, rng), dims), labels);
  }
}
