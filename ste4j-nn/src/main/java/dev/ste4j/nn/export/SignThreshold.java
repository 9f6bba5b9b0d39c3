package dev.ste4j.nn.export;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Norm;

/**
 * A batch norm followed by sign, folded into one integer comparison per channel: for integer pre-activations
 * v ∈ [−K, K] (XNOR-popcount outputs), sign(BN(v)) = +1 exactly when v ≥ t (γ·σ⁻¹ &gt; 0), v ≤ t (&lt; 0), or always /
 * never (γ = 0).
 *
 * <p>The thresholds are not derived algebraically, which could disagree with float rounding near the boundary: the
 * batch norm is evaluated with the very op the training graph uses ({@link Norm#batchNorm} in evaluation) on every
 * integer in [−K, K], and the fold is accepted only when each channel's outcome is such a threshold. So the folded
 * sign equals the unfolded one bit for bit.
 */
final class SignThreshold {

  private final int[] lo;
  private final int[] hi;

  private SignThreshold(int[] lo, int[] hi) {
    this.lo = lo;
    this.hi = hi;
  }

  /**
   * The fold in place over y laid out [rows][channels] (a dense layer's outputs): each value v, an exact integer in a
   * float, becomes +1 where lo[c] ≤ v ≤ hi[c] for its channel c, else −1.
   */
  void applyChannelsLast(float[] y, int rows, int channels) {
    for (int r = 0; r < rows; r++) {
      int base = r * channels;
      for (int c = 0; c < channels; c++) {
        y[base + c] = signOf((int) y[base + c], lo[c], hi[c]);
      }
    }
  }

  /** The fold in place over y laid out [samples][channels][positions] (a convolution's outputs). */
  void applyChannelsFirst(float[] y, int samples, int channels, int positions) {
    for (int s = 0; s < samples; s++) {
      for (int c = 0; c < channels; c++) {
        long l = lo[c];
        long h = hi[c];
        int row = (s * channels + c) * positions;
        for (int p = row; p < row + positions; p++) {
          y[p] = signOf((int) y[p], l, h);
        }
      }
    }
  }

  /**
   * ±1 without a branch: the signs of XNOR outputs are close to random, so a branch mispredicts about half the time
   * (it was a third of the exported bnn-vgg-small's time, measured). Outside [l, h] exactly when v − l or h − v is
   * negative; in longs, so the ends Integer.MIN_VALUE / MAX_VALUE cannot overflow.
   */
  private static float signOf(int v, long l, long h) {
    int outside = (int) (((v - l) | (h - v)) >>> 63);
    return 1 - 2 * outside;
  }

  /** The fold of a batch-norm record over integer inputs in [−k, k], or null when some channel is not a threshold. */
  static SignThreshold of(BatchNormStep bn, int k) {
    int c = bn.channels();
    float[] y = bn.apply(Tensor.wrap(SignIntervals.integerGrid(k, c), 2 * k + 1, c)).data();
    int[][] t = SignIntervals.of(y, k, c);
    return t == null ? null : new SignThreshold(t[0], t[1]);
  }
}
