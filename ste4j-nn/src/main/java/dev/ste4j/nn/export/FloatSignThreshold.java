package dev.ste4j.nn.export;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.ChannelsLastPacking;
import dev.ste4j.tensor.kernel.PackedBits;
import dev.ste4j.tensor.kernel.Parallel;

/**
 * A batch norm followed by sign over float pre-activations (the outputs of a float-input layer, such as a network's
 * first), folded into one compare per channel: sign(BN(v)) = +1 exactly for lo[c] ≤ v ≤ hi[c] (NaN: −1, as sign of
 * NaN).
 *
 * <p>The ends are not derived algebraically, which could disagree with float rounding at the boundary. The batch norm
 * in evaluation is a chain of monotone float operations of v (subtract the mean, scale by 1/σ &gt; 0, round to float,
 * scale by γ, add β), so with finite statistics and γ ≠ 0 it is monotone over all non-NaN floats, ±∞ included, and the
 * floats where its sign is +1 form one interval reaching +∞ (γ &gt; 0) or −∞ (γ &lt; 0). Its inner end is found by
 * bisection over the floats in order, each probe evaluated by the very op the training graph uses, laid out as the
 * layer's outputs are; so the fold equals the unfolded sign bit for bit. Other statistics are not folded.
 */
final class FloatSignThreshold {

  /** Per channel the ends of the floats that give +1 (lo &gt; hi: none). */
  final float[] lo;
  final float[] hi;

  private FloatSignThreshold(float[] lo, float[] hi) {
    this.lo = lo;
    this.hi = hi;
  }

  /** The fold of a monotone batch norm, or null when it is not provably monotone. */
  static FloatSignThreshold of(BatchNormStep bn, boolean planes) {
    if (!bn.monotone()) {
      return null;
    }
    int c = bn.channels();
    boolean[] rising = bn.rising();
    float[] lo = new float[c];
    float[] hi = new float[c];
    // Per channel the key range still open: keys[below] gives −1 (or the sentinel), keys[above] gives +1.
    long[] below = new long[c];
    long[] above = new long[c];
    long minKey = key(Float.NEGATIVE_INFINITY);
    long maxKey = key(Float.POSITIVE_INFINITY);
    boolean[] never = new boolean[c];
    float[] ends = new float[c];
    for (int ch = 0; ch < c; ch++) {
      ends[ch] = rising[ch] ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
    }
    boolean[] atEnds = positive(bn, ends, planes);
    for (int ch = 0; ch < c; ch++) {
      never[ch] = !atEnds[ch];
      // Rising: the first +1 key lies in (below, above]; falling: the last +1 key in [above, below).
      below[ch] = rising[ch] ? minKey - 1 : maxKey + 1;
      above[ch] = rising[ch] ? maxKey : minKey;
    }
    float[] probe = new float[c];
    for (int step = 0; step < 40; step++) {
      boolean open = false;
      for (int ch = 0; ch < c; ch++) {
        long mid = (below[ch] + above[ch]) >> 1;
        open |= Math.abs(above[ch] - below[ch]) > 1;
        probe[ch] = Math.abs(above[ch] - below[ch]) > 1 ? fromKey(mid) : fromKey(above[ch]);
      }
      if (!open) {
        break;
      }
      boolean[] plus = positive(bn, probe, planes);
      for (int ch = 0; ch < c; ch++) {
        if (Math.abs(above[ch] - below[ch]) > 1) {
          long mid = (below[ch] + above[ch]) >> 1;
          if (plus[ch]) {
            above[ch] = mid;
          } else {
            below[ch] = mid;
          }
        }
      }
    }
    for (int ch = 0; ch < c; ch++) {
      if (never[ch]) {
        lo[ch] = Float.POSITIVE_INFINITY;
        hi[ch] = Float.NEGATIVE_INFINITY;
      } else if (rising[ch]) {
        lo[ch] = fromKey(above[ch]);
        hi[ch] = Float.POSITIVE_INFINITY;
      } else {
        lo[ch] = Float.NEGATIVE_INFINITY;
        hi[ch] = fromKey(above[ch]);
      }
    }
    return new FloatSignThreshold(lo, hi);
  }

  /** Whether BN(v[ch]) ≥ 0 for each channel, evaluated as [1, C, 1, 2] (feature maps) or [1, C] (dense outputs). */
  private static boolean[] positive(BatchNormStep bn, float[] v, boolean planes) {
    int c = v.length;
    Tensor x;
    if (planes) {
      float[] d = new float[2 * c];
      for (int ch = 0; ch < c; ch++) {
        d[2 * ch] = v[ch];
        d[2 * ch + 1] = v[ch];
      }
      x = Tensor.wrap(d, 1, c, 1, 2);
    } else {
      x = Tensor.wrap(v.clone(), 1, c);
    }
    float[] y = bn.apply(x).data();
    boolean[] out = new boolean[c];
    for (int ch = 0; ch < c; ch++) {
      out[ch] = y[planes ? 2 * ch : ch] >= 0f;
    }
    return out;
  }

  /** A float's place in the order of floats (−∞ … −0, +0 … +∞), as a long. */
  static long key(float f) {
    int bits = Float.floatToRawIntBits(f);
    return bits >= 0 ? bits : bits ^ 0x7fffffff;
  }

  static float fromKey(long key) {
    int k = (int) key;
    return Float.intBitsToFloat(k >= 0 ? k : k ^ 0x7fffffff);
  }

  /** In place over [rows][channels] outputs (a dense layer's): ±1 by the fold. */
  void applyRows(float[] y, int rows, int channels) {
    for (int r = 0; r < rows; r++) {
      int base = r * channels;
      for (int ch = 0; ch < channels; ch++) {
        float v = y[base + ch];
        y[base + ch] = v >= lo[ch] & v <= hi[ch] ? 1f : -1f;
      }
    }
  }

  /** [rows][channels] outputs (a dense layer's) as packed signs by the fold, one row per sample. */
  PackedBits packRows(float[] y, int rows, int channels) {
    return PackedBits.packWithin(y, 0, rows, channels, lo, hi);
  }

  /** [N, C, H·W] outputs (a convolution's) as packed signs by the fold, channel-last. */
  long[] packPlanes(float[] y, int n, int c, int hw) {
    int words = PackedBits.wordsFor(c);
    long[] signs = new long[n * hw * words];
    Parallel.forRange(n, 1, (from, to) -> {
      long[] block = new long[64];
      for (int s = from; s < to; s++) {
        ChannelsLastPacking.packSampleBetween(y, s * c * hw, c, hw, lo, hi, signs, s * hw * words, block);
      }
    });
    return signs;
  }
}
