package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Autograd;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.Kernels;
import dev.ste4j.tensor.kernel.Parallel;

/**
 * 2-D convolution (cross-correlation, dilation 1, groups 1) through im2col + GEMM.
 *
 * <p>Input [N, C, H, W], weight [O, C, kh, kw], optional bias [O] → [N, O, Ho, Wo] with Ho = (H + 2p − kh)/s + 1.
 * Samples run in parallel in the forward and for the input gradient; the weight gradient accumulates samples in order,
 * so results do not depend on the thread count.
 */
public final class Conv {

  private Conv() {}

  public static Tensor conv2d(Tensor x, Tensor weight, Tensor bias, int stride, int padding) {
    if (x.rank() != 4 || weight.rank() != 4 || x.dim(1) != weight.dim(1)) {
      throw new IllegalArgumentException("conv2d: input [N,C,H,W] and weight [O,C,kh,kw] must agree on C, got "
          + x.shape() + " and " + weight.shape());
    }
    if (bias != null && (bias.rank() != 1 || bias.dim(0) != weight.dim(0))) {
      throw new IllegalArgumentException("conv2d: bias must be [" + weight.dim(0) + "], got " + bias.shape());
    }
    if (stride < 1 || padding < 0) {
      throw new IllegalArgumentException("conv2d: stride must be ≥ 1 and padding ≥ 0, got " + stride + ", " + padding);
    }
    int n = x.dim(0);
    int c = x.dim(1);
    int h = x.dim(2);
    int w = x.dim(3);
    int o = weight.dim(0);
    int kh = weight.dim(2);
    int kw = weight.dim(3);
    int ho = Im2Col.outSize(h, kh, stride, padding);
    int wo = Im2Col.outSize(w, kw, stride, padding);
    if (ho < 1 || wo < 1) {
      throw new IllegalArgumentException("conv2d: kernel " + kh + "×" + kw + " larger than padded input " + x.shape());
    }
    int ckk = c * kh * kw;
    int hw = ho * wo;
    float[] xd = x.contiguous().data();
    float[] wd = weight.contiguous().data();
    float[] bd = bias == null ? null : bias.contiguous().data();
    float[] out = new float[n * o * hw];
    Kernels k = Kernels.get();
    Parallel.forRange(n, 1, (from, to) -> {
      float[] cols = new float[ckk * hw];
      for (int s = from; s < to; s++) {
        Im2Col.unfold(xd, s * c * h * w, c, h, w, kh, kw, stride, padding, cols, 0);
        k.gemm(false, false, o, hw, ckk, wd, 0, ckk, cols, 0, hw, out, s * o * hw, hw, false);
        if (bd != null) {
          for (int oc = 0; oc < o; oc++) {
            int base = s * o * hw + oc * hw;
            for (int p = 0; p < hw; p++) {
              out[base + p] += bd[oc];
            }
          }
        }
      }
    });
    Tensor y = Tensor.wrap(out, n, o, ho, wo);
    return Autograd.record("conv2d", y, g -> {
      float[] gd = g.contiguous().data();
      Tensor gx = null;
      if (x.requiresGrad()) {
        float[] gxd = new float[x.size()];
        Parallel.forRange(n, 1, (from, to) -> {
          float[] cols = new float[ckk * hw];
          for (int s = from; s < to; s++) {
            k.gemm(true, false, ckk, hw, o, wd, 0, ckk, gd, s * o * hw, hw, cols, 0, hw, false);
            Im2Col.fold(cols, 0, c, h, w, kh, kw, stride, padding, gxd, s * c * h * w);
          }
        });
        gx = Tensor.wrap(gxd, x.dims());
      }
      Tensor gw = null;
      if (weight.requiresGrad()) {
        float[] gwd = new float[weight.size()];
        float[] cols = new float[ckk * hw];
        for (int s = 0; s < n; s++) {
          Im2Col.unfold(xd, s * c * h * w, c, h, w, kh, kw, stride, padding, cols, 0);
          k.gemm(false, true, o, ckk, hw, gd, s * o * hw, hw, cols, 0, hw, gwd, 0, ckk, true);
        }
        gw = Tensor.wrap(gwd, weight.dims());
      }
      Tensor gb = bias == null || !bias.requiresGrad() ? null : Reduce.sum(g, false, 0, 2, 3);
      return new Tensor[] {gx, gw, gb};
    }, x, weight, bias);
  }
}
