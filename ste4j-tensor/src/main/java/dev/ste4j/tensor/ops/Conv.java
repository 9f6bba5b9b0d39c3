package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Autograd;
import dev.ste4j.tensor.Tensor;

/**
 * 2-D convolution (cross-correlation, dilation 1, groups 1) through im2col + GEMM.
 *
 * <p>Input [N, C, H, W], weight [O, C, kh, kw], optional bias [O] → [N, O, Ho, Wo] with Ho = (H + 2p − kh)/s + 1.
 * The passes ({@link ConvPasses}) batch groups of samples into one GEMM each, run groups in parallel, and sum the
 * weight-gradient partials of the groups in a fixed order, so results do not depend on the thread count.
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
    ConvPasses passes = new ConvPasses(n, c, h, w, o, kh, kw, stride, padding);
    float[] xd = x.contiguous().data();
    float[] wd = weight.contiguous().data();
    float[] bd = bias == null ? null : bias.contiguous().data();
    Tensor y = Tensor.wrap(passes.forward(xd, wd, bd), n, o, ho, wo);
    return Autograd.record("conv2d", y, g -> {
      float[] gd = g.contiguous().data();
      Tensor gx = x.requiresGrad() ? Tensor.wrap(passes.inputGrad(gd, wd), x.dims()) : null;
      Tensor gw = weight.requiresGrad() ? Tensor.wrap(passes.weightGrad(gd, xd), weight.dims()) : null;
      Tensor gb = bias == null || !bias.requiresGrad() ? null : Reduce.sum(g, false, 0, 2, 3);
      return new Tensor[] {gx, gw, gb};
    }, x, weight, bias);
  }
}
