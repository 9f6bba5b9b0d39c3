package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Autograd;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.Kernels;
import dev.ste4j.tensor.kernel.Parallel;

/**
 * The sign quantizer with the clipped straight-through estimator (Hubara et al. 2016; Bengio et al. 2013), as one
 * dedicated op: forward y = +1 where x ≥ 0 (so sign(0) = +1, and −0 also gives +1) and −1 elsewhere (NaN gives −1);
 * backward ∂L/∂x = ∂L/∂y · 1{|x| ≤ clip} (at |x| = clip exactly the gradient passes).
 *
 * <p>The values of {@code StraightThrough.apply("ste_sign", x, v -> v >= 0 ? 1f : -1f,
 * v -> Math.abs(v) <= clip ? 1f : 0f)}, bit for bit (a blocked gradient is g·0, as there), in loops of their own: the
 * generic op's call through a lambda per element cannot be inlined once many quantizers share it, and binary networks
 * run this op on every weight and activation of every step. The library's {@code ste_sign} quantizer runs it.
 */
public final class SignSte {

  private static final int GRAIN = 1 << 14;

  private SignSte() {}

  /** sign(x) forward, g·1{|x| ≤ clip} backward. */
  public static Tensor apply(Tensor x, float clip) {
    if (!(clip >= 0)) {
      throw new IllegalArgumentException("SignSte: clip must be ≥ 0, got " + clip);
    }
    float[] in = x.isContiguous() ? x.storage() : x.toArray();
    int off = x.isContiguous() ? x.offset() : 0;
    float[] y = new float[x.size()];
    Kernels k = Kernels.get();
    Parallel.forRange(y.length, GRAIN, (from, to) -> k.sign(in, off + from, y, from, to - from));
    return Autograd.record("ste_sign", Tensor.wrap(y, x.dims()), g -> {
      float[] gd = g.isContiguous() ? g.storage() : g.toArray();
      int goff = g.isContiguous() ? g.offset() : 0;
      float[] gx = new float[y.length];
      Parallel.forRange(gx.length, GRAIN,
          (from, to) -> k.clippedPass(in, off + from, clip, gd, goff + from, gx, from, to - from));
      return new Tensor[] {Tensor.wrap(gx, x.dims())};
    }, x);
  }
}
