package dev.ste4j.nn.layer;

import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.BinaryLinalg;
import dev.ste4j.tensor.ops.Conv;
import dev.ste4j.tensor.random.Rng;

/**
 * A 2-D convolution with optional input and kernel quantizers (Larq's {@code QuantConv2D}):
 * y = conv(q_in(x), q_k(W)) + b, square kernel, dilation 1.
 *
 * <p>Shapes: x [N, C, H, W], kernel [O, C, k, k], bias [O], y [N, O, Ho, Wo] with Ho = (H + 2p − k)/s + 1. Padding
 * adds zeros <em>after</em> input quantization, as in Larq (pad_values = 0): with a binary input the padded positions
 * are 0, not ±1, and the exported XNOR-popcount path reproduces that exactly. With ±1 input and kernel (sign quantizers
 * on both) the forward runs on the packed binary convolution, {@link BinaryLinalg#binaryConv2d}, which treats padding
 * the same way; otherwise on {@link Conv#conv2d}. Both give bitwise the same values and gradients (see
 * {@link KernelLayer}).
 */
public final class QuantConv2d extends KernelLayer {

  private final int inChannels;
  private final int outChannels;
  private final int kernelSize;
  private final int stride;
  private final int padding;

  public QuantConv2d(int inChannels, int outChannels, int kernelSize, int stride, int padding, boolean bias,
                     Quantizer inputQuantizer, Quantizer kernelQuantizer, float kernelClip, Rng init) {
    super(inputQuantizer, kernelQuantizer, kernelClip, init.split(0x6e6f697365L));
    if (inChannels < 1 || outChannels < 1 || kernelSize < 1 || stride < 1 || padding < 0) {
      throw new IllegalArgumentException("QuantConv2d: invalid geometry in=" + inChannels + " out=" + outChannels
          + " k=" + kernelSize + " stride=" + stride + " padding=" + padding);
    }
    this.inChannels = inChannels;
    this.outChannels = outChannels;
    this.kernelSize = kernelSize;
    this.stride = stride;
    this.padding = padding;
    int area = kernelSize * kernelSize;
    register(glorot(init, inChannels * area, outChannels * area, outChannels, inChannels, kernelSize, kernelSize),
        bias ? Tensor.zeros(outChannels) : null);
  }

  /** A float convolution with bias. */
  public static QuantConv2d conv(int in, int out, int k, int stride, int padding, Rng init) {
    return new QuantConv2d(in, out, k, stride, padding, true, null, null, Float.NaN, init);
  }

  public int inChannels() {
    return inChannels;
  }

  public int outChannels() {
    return outChannels;
  }

  public int kernelSize() {
    return kernelSize;
  }

  public int stride() {
    return stride;
  }

  public int padding() {
    return padding;
  }

  @Override
  protected Tensor compute(Tensor x) {
    if (x.rank() != 4 || x.dim(1) != inChannels) {
      throw new IllegalArgumentException(this + ": expects input [N, " + inChannels + ", H, W], got " + x.shape());
    }
    Tensor qx = quantizeInput(x);
    Tensor qk = effectiveKernel();
    Tensor b = bias() == null ? null : bias().value();
    return packedForward(qx, qk)
        ? BinaryLinalg.binaryConv2d(qx, qk, b, stride, padding)
        : Conv.conv2d(qx, qk, b, stride, padding);
  }

  @Override
  public String toString() {
    return "QuantConv2d(" + inChannels + "→" + outChannels + ", " + kernelSize + "×" + kernelSize + ", stride "
        + stride + ", padding " + padding + (bias() == null ? "" : ", bias") + quantizerText() + ")";
  }
}
