package dev.ste4j.nn.export;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.ChannelsLastPacking;
import dev.ste4j.tensor.kernel.PackedBits;
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
  /** The ends as floats, exact (|t| ≤ 2³⁰ and either ±2³⁰ or within the XNOR range), for packing. */
  private final float[] loFloat;
  private final float[] hiFloat;

  /** Ends beyond every XNOR output (|v| ≤ 2²⁴ as exact floats) and still far from int overflow in {@link #signOf}. */
  private static final int FAR = 1 << 30;

  private SignThreshold(int[] lo, int[] hi) {
    this.lo = lo.clone();
    this.hi = hi.clone();
    for (int c = 0; c < lo.length; c++) {
      this.lo[c] = Math.max(-FAR, Math.min(FAR, lo[c]));
      this.hi[c] = Math.max(-FAR, Math.min(FAR, hi[c]));
    }
    this.loFloat = new float[lo.length];
    this.hiFloat = new float[hi.length];
    for (int c = 0; c < lo.length; c++) {
      loFloat[c] = this.lo[c];
      hiFloat[c] = this.hi[c];
    }
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

  /**
   * The fold of one sample's convolution outputs y[offset …] ([channels][positions]) packed straight into signs:
   * bit 1 (+1) where lo[c] ≤ v ≤ hi[c], channel-last at out[dst …] as {@link ChannelsLastPacking#pack} lays out ±1
   * values. One pass instead of writing the ±1 floats and packing them; {@code block} is 64 words of scratch.
   */
  void packChannelsFirst(float[] y, int offset, int channels, int positions, long[] out, int dst, long[] block) {
    ChannelsLastPacking.packSampleBetween(y, offset, channels, positions, loFloat, hiFloat, out, dst, block);
  }

  /**
   * The fold of a dense layer's outputs y ([rows][channels], exact integers in floats) packed straight into signs, one
   * row per sample: bit 1 (+1) where lo[c] ≤ v ≤ hi[c]. One pass instead of writing ±1 floats the next binary layer
   * packs again.
   */
  PackedBits packRows(float[] y, int rows, int channels) {
    return PackedBits.packWithin(y, 0, rows, channels, loFloat, hiFloat);
  }

  /**
   * ±1 without a branch: the signs of XNOR outputs are close to random, so a branch mispredicts about half the time
   * (it was a third of the exported bnn-vgg-small's time, measured). Outside [l, h] exactly when v − l or h − v is
   * negative; the ends are clamped to ±2³⁰ so neither difference overflows, and in ints the loop vectorizes.
   */
  private static float signOf(int v, int l, int h) {
    int outside = ((v - l) | (h - v)) >>> 31;
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
