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
    ConvPasses passes = ConvPasses.checked("conv2d", x, weight, bias, stride, padding);
    float[] xd = x.contiguous().data();
    float[] wd = weight.contiguous().data();
    float[] bd = bias == null ? null : bias.contiguous().data();
    Tensor y = Tensor.wrap(passes.forward(xd, wd, bd), passes.n, passes.o, passes.ho, passes.wo);
    return Autograd.record("conv2d", y, g -> {
      float[] gd = g.contiguous().data();
      Tensor gx = x.requiresGrad() ? Tensor.wrap(passes.inputGrad(gd, wd), x.dims()) : null;
      Tensor gw = weight.requiresGrad() ? Tensor.wrap(passes.weightGrad(gd, xd), weight.dims()) : null;
      Tensor gb = bias == null || !bias.requiresGrad() ? null : Reduce.sum(g, false, 0, 2, 3);
      return new Tensor[] {gx, gw, gb};
    }, x, weight, bias);
  }
}
