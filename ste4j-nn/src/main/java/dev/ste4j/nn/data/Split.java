package dev.ste4j.nn.data;

import dev.ste4j.tensor.random.Rng;
import java.util.Arrays;

/**
 * A dataset split in two disjoint parts, e.g. training and validation.
 *
 * @param train the larger part, used for fitting
 * @param validation the held-out part
 */
public record Split(Dataset train, Dataset validation) {

  /**
   * A seeded random split: {@code validationSize} samples chosen by one permutation drawn from {@code rng}; both parts
   * keep the samples in their original relative order.
   */
  public static Split random(Dataset data, int validationSize, Rng rng) {
    checkSize(data, validationSize);
    int[] perm = rng.permutation(data.size());
    int[] val = Arrays.copyOfRange(perm, 0, validationSize);
    int[] tr = Arrays.copyOfRange(perm, validationSize, perm.length);
    Arrays.sort(val);
    Arrays.sort(tr);
    return new Split(data.subset(data.name() + "/train", tr), data.subset(data.name() + "/validation", val));
  }

  /** The last {@code validationSize} samples held out, in file order (a fixed split with no randomness). */
  public static Split last(Dataset data, int validationSize) {
    checkSize(data, validationSize);
    int cut = data.size() - validationSize;
    return new Split(data.slice(0, cut).named(data.name() + "/train"),
        data.slice(cut, data.size()).named(data.name() + "/validation"));
  }

  private static void checkSize(Dataset data, int validationSize) {
    if (validationSize < 0 || validationSize > data.size()) {
      throw new IllegalArgumentException(data.name() + ": validation size " + validationSize + " outside 0.."
          + data.size());
    }
  }
}
