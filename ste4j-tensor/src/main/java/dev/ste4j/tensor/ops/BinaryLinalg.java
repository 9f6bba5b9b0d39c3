package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Autograd;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.BitKernels;
import dev.ste4j.tensor.kernel.ChannelsLastPacking;
import dev.ste4j.tensor.kernel.PackedBits;

/**
 * Products of ±1 tensors on the bit-packed kernels, for the forward pass of binary layers (Hubara et al. 2016,
 * "Binarized Neural Networks"; Rastegari et al. 2016, "XNOR-Net").
 *
 * <p>The inputs are the <em>outputs of a quantizer</em> — tensors whose every value is exactly +1 or −1, e.g.
 * {@code StraightThrough.apply("ste_sign", x, …)} — so the straight-through estimator stays where it belongs, in the
 * quantizer's own backward; any other value is rejected. The forward packs 64 values per word and computes with
 * XOR + popcount, exact in integers (the same numbers a float GEMM gives on these values, without rounding). The
 * backward is the exact float backward of the same product on the same ±1 values, through the float GEMM:
 * ∂L/∂x = g·w and ∂L/∂w = gᵀ·x for the matrix product, the convolution's input and weight gradients for the
 * convolution.
 */
public final class BinaryLinalg {

  private BinaryLinalg() {}

  /**
   * y[N, O] = x[N, K] · w[O, K]ᵀ for ±1 x and w (w laid out like a dense layer's weight, one row per output).
   * Backward: ∂L/∂x = g·w, ∂L/∂w = gᵀ·x (float GEMM).
   */
  public static Tensor binaryMatmul(Tensor x, Tensor w) {
    if (x.rank() != 2 || w.rank() != 2 || x.dim(1) != w.dim(1)) {
      throw new IllegalArgumentException("binaryMatmul: expects x [N,K] and w [O,K] with the same K, got "
          + x.shape() + " and " + w.shape());
    }
    int n = x.dim(0);
    int o = w.dim(0);
    int k = x.dim(1);
    float[] xd = x.contiguous().data();
    float[] wd = w.contiguous().data();
    float[] y = new float[n * o];
    BitKernels.xnorGemm(packSigns("binaryMatmul", "x", xd, n, k), packSigns("binaryMatmul", "w", wd, o, k), y, 0);
    return Autograd.record("binaryMatmul", Tensor.wrap(y, n, o), g -> new Tensor[] {
        x.requiresGrad() ? Linalg.matmul(g, w.detach()) : null,
        w.requiresGrad() ? Linalg.matmul(Movement.transpose(g, 0, 1), x.detach()) : null}, x, w);
  }

  /**
   * 2-D convolution (cross-correlation, groups 1, no bias) of ±1 input [N, C, H, W] with ±1 weight [O, C, kh, kw]
   * → [N, O, Ho, Wo], Ho = (H + 2p − kh)/s + 1. Padding adds zeros, as in the float convolution: a padded position is
   * neither +1 nor −1 and contributes nothing (border outputs sum over fewer taps). Backward: the float convolution's
   * input and weight gradients on the same ±1 values.
   */
  public static Tensor binaryConv2d(Tensor x, Tensor weight, int stride, int padding) {
    return binaryConv2d(x, weight, null, stride, padding);
  }

  /**
   * {@link #binaryConv2d(Tensor, Tensor, int, int)} plus a float bias [O] added to every output position, with the
   * bias gradient of {@link Conv#conv2d} (Σ over N, Ho, Wo), so a biased binary layer trains bitwise like the float
   * convolution on the same ±1 values.
   */
  public static Tensor binaryConv2d(Tensor x, Tensor weight, Tensor bias, int stride, int padding) {
    ConvPasses passes = ConvPasses.checked("binaryConv2d", x, weight, bias, stride, padding);
    int n = passes.n;
    int c = passes.c;
    int h = passes.h;
    int w = passes.w;
    int o = passes.o;
    int kh = passes.kh;
    int kw = passes.kw;
    float[] xd = x.contiguous().data();
    float[] wd = weight.contiguous().data();
    requireSigns("binaryConv2d", "x", xd);
    requireSigns("binaryConv2d", "weight", wd);
    float[] y = new float[n * o * passes.hw];
    BitKernels.conv2d(ChannelsLastPacking.pack(xd, 0, n, c, h, w), n, c, h, w,
        ChannelsLastPacking.pack(wd, 0, o, c, kh, kw), o, kh, kw, stride, padding, y);
    if (bias != null) {
      float[] bd = bias.contiguous().data();
      int hw = passes.hw;
      for (int s = 0; s < n; s++) {
        for (int oc = 0; oc < o; oc++) {
          float b = bd[oc];
          int dst = (s * o + oc) * hw;
          for (int p = 0; p < hw; p++) {
            y[dst + p] += b;
          }
        }
      }
    }
    return Autograd.record("binaryConv2d", Tensor.wrap(y, n, o, passes.ho, passes.wo), g -> {
      float[] gd = g.contiguous().data();
      return new Tensor[] {
          x.requiresGrad() ? Tensor.wrap(passes.inputGrad(gd, wd), x.dims()) : null,
          weight.requiresGrad() ? Tensor.wrap(passes.weightGrad(gd, xd), weight.dims()) : null,
          bias == null || !bias.requiresGrad() ? null : Reduce.sum(g, false, 0, 2, 3)};
    }, x, weight, bias);
  }

  /**
   * Inference of a binary dense layer with weights packed once: y[N, O] = sign(x)[N, K] · wᵀ, where w holds the
   * O×K weight signs and sign(0) = +1. x may hold any floats (they are binarized here); nothing is recorded for
   * autograd.
   */
  public static Tensor binaryDense(Tensor x, PackedBits w) {
    if (x.rank() != 2 || x.dim(1) != w.cols()) {
      throw new IllegalArgumentException("binaryDense: expects x [N," + w.cols() + "], got " + x.shape());
    }
    float[] y = new float[x.dim(0) * w.rows()];
    BitKernels.xnorGemm(PackedBits.pack(x.contiguous().data(), 0, x.dim(0), x.dim(1)), w, y, 0);
    return Tensor.wrap(y, x.dim(0), w.rows());
  }

  private static PackedBits packSigns(String op, String name, float[] v, int rows, int cols) {
    try {
      return PackedBits.packSigns(v, 0, rows, cols);
    } catch (IllegalArgumentException e) {
      requireSigns(op, name, v);
      throw e;
    }
  }

  /** Rejects any value other than ±1: packing maps x ≥ 0 to +1 and would silently binarize anything else. */
  static void requireSigns(String op, String name, float[] v) {
    if (PackedBits.allSigns(v, 0, v.length)) {
      return;
    }
    for (int i = 0; i < v.length; i++) {
      float e = v[i];
      if (e != 1f && e != -1f) {
        throw new IllegalArgumentException(op + ": " + name + " must hold only ±1 values (binarize it with a sign "
            + "quantizer first), but element " + i + " is " + e);
      }
    }
  }
}
