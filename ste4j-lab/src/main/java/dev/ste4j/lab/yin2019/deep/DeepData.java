package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.nn.data.ChannelStats;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.Normalization;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.store.DataStore;
import dev.ste4j.nn.data.store.DatasetSpec;
import dev.ste4j.nn.data.store.Datasets;
import dev.ste4j.tensor.random.Rng;
import java.io.IOException;
import java.util.Arrays;

/**
 * The data of the deep experiments: the network's dataset read from a data store (which fetches it when missing, if
 * it may), scaled to [0, 1]
 * and standardized per channel with the training set's mean and deviation, as {@code ste train} does. Augmentation is
 * not used (the paper does not state it and the library's trainer has none).
 */
public final class DeepData {

  private DeepData() {}

  /**
   * Reads the network's dataset from the store, fetching it when missing if the store fetches.
   *
   * @throws dev.ste4j.nn.data.DatasetUnavailableException when it cannot be had (the message says where it was looked
   *     for, what was tried and how to get it)
   * @throws IOException when a file is unreadable or malformed
   */
  public static TrainTest load(DeepNetwork network, DataStore store) throws IOException {
    DatasetSpec spec = Datasets.get(network.dataset());
    return normalize(store.load(spec), spec.rawMax());
  }

  /** Raw values to [0, 1] by {@code rawMax}, then per-channel standardization with the training set's statistics. */
  public static TrainTest normalize(TrainTest raw, float rawMax) {
    Dataset train = Normalization.toUnitRange(raw.train(), rawMax);
    Dataset test = Normalization.toUnitRange(raw.test(), rawMax);
    ChannelStats stats = ChannelStats.of(train);
    return new TrainTest(stats.apply(train), stats.apply(test));
  }

  /**
   * {@code n} samples drawn without replacement by a seeded permutation, kept in ascending index order; the whole set
   * when n is 0 or at least its size.
   */
  public static Dataset subset(Dataset d, int n, Rng rng) {
    if (n <= 0 || n >= d.size()) {
      return d;
    }
    int[] idx = Arrays.copyOf(rng.permutation(d.size()), n);
    Arrays.sort(idx);
    return d.subset(d.name() + "[" + n + "]", idx);
  }
}
