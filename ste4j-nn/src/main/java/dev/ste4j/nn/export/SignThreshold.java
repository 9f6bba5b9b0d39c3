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
    float[] y = bn.apply(Tensor.wrap(SignIntervals.integerGrid(k, c), 2 * k + 1, c)).data();
    int[][] t = SignIntervals.of(y, k, c);
    return t == null ? null : new SignThreshold(t[0], t[1]);
  }
}
