package dev.ste4j.nn.data.format;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The content of one IDX file of unsigned bytes: its dimensions (the first is the item count) and the values, row-major.
 *
 * @param file where it was read from
 * @param dims the dimensions, e.g. {@code [60000, 28, 28]} for MNIST training images, {@code [60000]} for its labels
 * @param data the {@code dims[0] * ... * dims[n-1]} unsigned values (read them with {@code & 0xff})
 */
public record IdxData(Path file, int[] dims, byte[] data) {

  /** Number of items (the first dimension). */
  public int count() {
    return dims[0];
  }

  /** Values per item (the product of the remaining dimensions). */
  public int itemSize() {
    int size = 1;
    for (int i = 1; i < dims.length; i++) {
      size *= dims[i];
    }
    return size;
  }

  @Override
  public String toString() {
    return "IdxData[" + file + ", dims=" + Arrays.toString(dims) + "]";
  }
}
