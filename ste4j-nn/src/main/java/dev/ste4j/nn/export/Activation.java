package dev.ste4j.nn.export;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.PackedBits;

/**
 * What flows between the inference steps: a float tensor, or ±1 values [N, C, H, W] kept as their signs packed
 * channel-last (bit 1 = +1, the layout of {@code ChannelsLastPacking}), or [N, C] as packed rows (a dense layer's). A binary convolution with a folded sign emits
 * the packed form, and the max pools and binary convolutions after it read it as it is, so the signs are not written
 * out as floats and packed again by every layer; any other step reads {@link #tensor()}, the same ±1 floats.
 */
final class Activation {

  private final long[] signs;
  private final int[] dims;
  private Tensor floats;

  private Activation(Tensor floats, long[] signs, int[] dims) {
    this.floats = floats;
    this.signs = signs;
    this.dims = dims;
  }

  static Activation of(Tensor x) {
    return new Activation(x, null, x.dims());
  }

  /** Packed signs of [n, c, h, w] ±1 values. */
  static Activation packed(long[] signs, int n, int c, int h, int w) {
    return new Activation(null, signs, new int[] {n, c, h, w});
  }

  /** Packed signs of [n, c] ±1 values: one row of words per sample, the layout of {@link PackedBits}. */
  static Activation packedRows(PackedBits rows) {
    return new Activation(null, rows.words(), new int[] {rows.rows(), rows.cols()});
  }

  boolean isPacked() {
    return signs != null;
  }

  /** The packed signs, channel-last; only when {@link #isPacked()}. */
  long[] signs() {
    return signs;
  }

  int rank() {
    return dims.length;
  }

  int dim(int i) {
    return dims[i];
  }

  String shape() {
    return java.util.Arrays.toString(dims);
  }

  /** The values as floats: the tensor itself, or the packed signs unpacked to ±1 (once). */
  Tensor tensor() {
    if (floats == null) {
      floats = unpack();
    }
    return floats;
  }

  private Tensor unpack() {
    int n = dims[0];
    int c = dims[1];
    int hw = dims.length == 4 ? dims[2] * dims[3] : 1; // [n, c] rows are channel-last with one position
    int wpp = PackedBits.wordsFor(c);
    float[] out = new float[n * c * hw];
    for (int s = 0; s < n; s++) {
      for (int p = 0; p < hw; p++) {
        int word = (s * hw + p) * wpp;
        for (int ch = 0; ch < c; ch++) {
          long bit = (signs[word + (ch >>> 6)] >>> (ch & 63)) & 1L;
          out[(s * c + ch) * hw + p] = bit != 0 ? 1f : -1f;
        }
      }
    }
    return Tensor.wrap(out, dims);
  }
}
