package dev.ste4j.nn.export;

/**
 * The search both batch-norm folds share (the bit-packed format's {@link SignThreshold} and the ONNX export's): given
 * a batch norm's outputs on every integer pre-activation v ∈ [−K, K] of each channel, the integers where sign(BN(v)) is
 * +1 must form one interval touching an end of [−K, K] (a threshold, as a monotone BN gives), found per channel.
 */
public final class SignIntervals {

  private SignIntervals() {}

  /** The (2K + 1) × c grid of the integers −K … K, each row one integer for every channel. */
  public static float[] integerGrid(int k, int c) {
    int span = 2 * k + 1;
    float[] grid = new float[span * c];
    for (int i = 0; i < span; i++) {
      for (int ch = 0; ch < c; ch++) {
        grid[i * c + ch] = i - k;
      }
    }
    return grid;
  }

  /**
   * Per channel {lo, hi}: +1 exactly for lo ≤ v ≤ hi, with {@link Integer#MIN_VALUE} / {@link Integer#MAX_VALUE} where
   * the interval reaches an end of [−K, K] and lo &gt; hi where it is never +1; null when some channel is not such an
   * interval (an isolated band, which a NaN statistic could give).
   *
   * @param y the batch norm's outputs on {@link #integerGrid(int, int)}
   */
  public static int[][] of(float[] y, int k, int c) {
    int span = 2 * k + 1;
    int[] lo = new int[c];
    int[] hi = new int[c];
    for (int ch = 0; ch < c; ch++) {
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      int count = 0;
      for (int i = 0; i < span; i++) {
        if (y[i * c + ch] >= 0f) {
          first = Math.min(first, i - k);
          last = i - k;
          count++;
        }
      }
      if (count == 0) {
        lo[ch] = 1;
        hi[ch] = 0;
        continue;
      }
      if (last - first + 1 != count || (first != -k && last != k)) {
        return null;
      }
      lo[ch] = first == -k ? Integer.MIN_VALUE : first;
      hi[ch] = last == k ? Integer.MAX_VALUE : last;
    }
    return new int[][] {lo, hi};
  }
}
