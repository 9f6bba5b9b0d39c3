package dev.ste4j.nn.export;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.BitKernels;
import dev.ste4j.tensor.kernel.ChannelsLastPacking;
import dev.ste4j.tensor.kernel.PackedBits;
import dev.ste4j.tensor.ops.Conv;

/**
 * A convolution record at inference. With sign input and a packed kernel the outputs are the packed binary
 * convolution of ste4j-tensor ({@link BitKernels#conv2d}, the one the training graph's binary layers use), exact in
 * integers; otherwise it is the training graph's own {@link Conv#conv2d}.
 *
 * <p><b>Padding.</b> The training graph pads the quantized input with zeros, and a zero is neither +1 nor −1: a
 * border output sums only over the patch positions inside the image. {@link BitKernels#conv2d} pads the same way, so
 * the exported model reproduces the training graph exactly at the borders too.
 */
final class XnorConv2d extends KernelStep {

  /** 64 words of packing scratch per thread: the sink runs once per sample, on whichever thread computed it. */
  private static final ThreadLocal<long[]> BLOCK = ThreadLocal.withInitial(() -> new long[64]);

  private final int channels;
  private final int size;
  private final int stride;
  private final int padding;
  private final Tensor floatKernel;
  private final long[] channelsLastKernel;
  private final Tensor bias;

  XnorConv2d(Kernel kernel, int channels, int size, int stride, int padding) {
    super(kernel);
    this.channels = channels;
    this.size = size;
    this.stride = stride;
    this.padding = padding;
    this.floatKernel = Tensor.wrap(kernel.floats(), kernel.rows(), channels, size, size);
    // The binary kernel repacked channel-last, the layout of the packed convolution of ste4j-tensor.
    this.channelsLastKernel = kernel.isBinary()
        ? ChannelsLastPacking.pack(kernel.floats(), 0, kernel.rows(), channels, size, size) : null;
    this.bias = kernel.bias() == null ? null : Tensor.wrap(kernel.bias(), kernel.rows());
  }

  @Override
  public Tensor apply(Tensor x) {
    return run(Activation.of(x)).tensor();
  }

  /**
   * Reads packed signs as they are; with a folded sign, emits packed signs, each sample's packed while its outputs are
   * in cache (the ±1 floats they stand for are what the unfolded steps give, bit for bit).
   */
  @Override
  public Activation run(Activation x) {
    if (x.rank() != 4 || x.dim(1) != channels) {
      throw new IllegalArgumentException("conv2d: expects [N, " + channels + ", H, W], got " + x.shape());
    }
    if (!kernel.isBinary()) {
      Tensor y = Conv.conv2d(kernel.quantizeInput(x.tensor()), floatKernel, bias, stride, padding);
      if (floatThreshold == null) {
        return Activation.of(y);
      }
      int n = y.dim(0);
      return Activation.packed(floatThreshold.packPlanes(y.contiguous().data(), n, y.dim(1), y.dim(2) * y.dim(3)),
          n, y.dim(1), y.dim(2), y.dim(3));
    }
    int n = x.dim(0);
    int h = x.dim(2);
    int w = x.dim(3);
    int ho = (h + 2 * padding - size) / stride + 1;
    int wo = (w + 2 * padding - size) / stride + 1;
    if (ho < 1 || wo < 1) {
      throw new IllegalArgumentException("conv2d: kernel " + size + " larger than padded input " + x.shape());
    }
    long[] xb = x.isPacked() ? x.signs() : ChannelsLastPacking.pack(x.tensor().contiguous().data(), 0, n, channels,
        h, w);
    int out = kernel.rows();
    int positions = ho * wo;
    if (threshold != null) {
      int words = PackedBits.wordsFor(out);
      long[] signs = new long[n * positions * words];
      BitKernels.conv2d(xb, n, channels, h, w, channelsLastKernel, out, size, size, stride, padding,
          (s, y, planes, plane) -> threshold.packChannelsFirst(y, 0, planes, plane, signs, s * plane * words,
              BLOCK.get()));
      return Activation.packed(signs, n, out, ho, wo);
    }
    // Exact integers: the ±1 dot products over the taps inside the image (BitKernels.conv2d pads with zeros).
    float[] y = new float[n * out * positions];
    float[] bd = kernel.bias();
    // The bias on each sample's outputs while they are in cache.
    BitKernels.SampleOutputs after = bd == null ? null : (y0, offset, planes, plane) -> {
      for (int o = 0; o < planes; o++) {
        int row = offset + o * plane;
        for (int p = row; p < row + plane; p++) {
          y0[p] += bd[o];
        }
      }
    };
    BitKernels.conv2d(xb, n, channels, h, w, channelsLastKernel, out, size, size, stride, padding, y, after);
    return Activation.of(Tensor.wrap(y, n, out, ho, wo));
  }

  @Override
  public String describe() {
    return "conv2d " + channels + "→" + kernel.rows() + " " + size + "×" + size + " stride " + stride + " padding "
        + padding + " (" + kernel.text() + (kernel.isBinary() ? ", XNOR-popcount with exact zero padding" : "")
        + foldText() + ")";
  }
}
