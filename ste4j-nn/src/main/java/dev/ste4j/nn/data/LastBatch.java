package dev.ste4j.nn.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a training pass does with the remainder when the batch size does not divide the dataset.
 *
 * <p>The default, {@link #DROP_SINGLE}, drops a remainder of exactly one sample and keeps any other: batch norm cannot
 * normalise a batch of one (its variance is 0; PyTorch refuses it with "Expected more than 1 value per channel when
 * training"), and one sample makes a noisy step for any model. Every other dataset size gives the same batches as
 * {@link #KEEP}. With shuffling, the dropped sample is a different one each epoch. Evaluation never drops anything:
 * it runs in evaluation mode, where batch norm uses its running statistics, so a batch of one is fine there.
 */
public enum LastBatch {
  /** Keep the remainder as a smaller last batch (PyTorch {@code drop_last=False}). */
  KEEP,
  /** Drop the remainder, whatever its size (PyTorch {@code drop_last=True}). */
  DROP,
  /** Drop a remainder of one sample, keep any larger one. */
  DROP_SINGLE;

  /** The policy when none is given. */
  public static final LastBatch DEFAULT = DROP_SINGLE;

  /** Number of batches of {@code batchSize} that one pass over {@code n} samples visits under this policy. */
  public int batches(int n, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
    }
    int full = n / batchSize;
    int remainder = n % batchSize;
    boolean keep = remainder > 0 && (this == KEEP || this == DROP_SINGLE && remainder > 1);
    return full + (keep ? 1 : 0);
  }

  /** The name used in configs and on the command line: {@code keep}, {@code drop}, {@code drop_single}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The policy named {@code key}; an unknown name fails listing the valid ones. */
  public static LastBatch of(String key) {
    for (LastBatch p : values()) {
      if (p.key().equals(key)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown last-batch policy '" + key + "'; valid: " + keys());
  }

  /** The valid names, comma-separated. */
  public static String keys() {
    return Arrays.stream(values()).map(LastBatch::key).collect(Collectors.joining(", "));
  }
}
