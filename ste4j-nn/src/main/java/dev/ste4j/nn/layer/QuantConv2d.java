package dev.ste4j.nn.layer;

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

  /**
   * The options of a {@link QuantConv2d} (see {@link QuantLayerBuilder}), with its stride (default 1) and zero
   * padding (default 0).
   */
  public static final class Builder extends QuantLayerBuilder<Builder, QuantConv2d> {
    private final int inChannels;
    private final int outChannels;
    private final int kernelSize;
    private int stride = 1;
    private int padding;

    private Builder(int inChannels, int outChannels, int kernelSize) {
      this.inChannels = inChannels;
      this.outChannels = outChannels;
      this.kernelSize = kernelSize;
    }

    /** The step between windows, in both directions (default 1). */
    public Builder stride(int s) {
      stride = s;
      return this;
    }

    /** Zeros added on every side after input quantization (default 0). */
    public Builder padding(int p) {
      padding = p;
      return this;
    }

    @Override
    public QuantConv2d build(Rng init) {
      return new QuantConv2d(this, init);
    }
  }

  private QuantConv2d(Builder b, Rng init) {
    super(b, init.split(0x6e6f697365L));
    if (b.inChannels < 1 || b.outChannels < 1 || b.kernelSize < 1 || b.stride < 1 || b.padding < 0) {
      throw new IllegalArgumentException("QuantConv2d: invalid geometry in=" + b.inChannels + " out=" + b.outChannels
          + " k=" + b.kernelSize + " stride=" + b.stride + " padding=" + b.padding);
    }
    this.inChannels = b.inChannels;
    this.outChannels = b.outChannels;
    this.kernelSize = b.kernelSize;
    this.stride = b.stride;
    this.padding = b.padding;
    int area = kernelSize * kernelSize;
    register(glorot(init, inChannels * area, outChannels * area, outChannels, inChannels, kernelSize, kernelSize),
        b.useBias, outChannels);
  }

  /**
   * A convolution of {@code inChannels} → {@code outChannels} with a square {@code kernelSize} kernel: by default
   * float, stride 1, no padding, with a bias.
   */
  public static Builder builder(int inChannels, int outChannels, int kernelSize) {
    return new Builder(inChannels, outChannels, kernelSize);
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
