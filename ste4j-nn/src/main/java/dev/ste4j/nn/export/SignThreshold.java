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

  /** +1 where lo[c] ≤ v ≤ hi[c], else −1. */
  float sign(int channel, int v) {
    return v >= lo[channel] && v <= hi[channel] ? 1f : -1f;
  }

  /** The fold of a batch-norm record over integer inputs in [−k, k], or null when some channel is not a threshold. */
  static SignThreshold of(BatchNormStep bn, int k) {
    int c = bn.channels();
    int span = 2 * k + 1;
    float[] grid = new float[span * c];
    for (int i = 0; i < span; i++) {
      for (int ch = 0; ch < c; ch++) {
        grid[i * c + ch] = i - k;
      }
    }
    float[] y = bn.apply(Tensor.wrap(grid, span, c)).data();
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
      // Accept only an interval touching an end of [−k, k]: a threshold (monotone), not an isolated band.
      if (last - first + 1 != count || (first != -k && last != k)) {
        return null;
      }
      lo[ch] = first == -k ? Integer.MIN_VALUE : first;
      hi[ch] = last == k ? Integer.MAX_VALUE : last;
    }
    return new SignThreshold(lo, hi);
  }
}
