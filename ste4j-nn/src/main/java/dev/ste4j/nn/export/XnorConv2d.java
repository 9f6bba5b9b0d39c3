package dev.ste4j.nn.export;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.PackedBits;
import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.ops.Conv;

/**
 * A convolution record at inference. With sign input and a packed kernel each output is an XNOR-popcount over the
 * patch; otherwise it is the training graph's own {@link Conv#conv2d}.
 *
 * <p><b>Padding.</b> The training graph pads the quantized input with zeros, and a zero is neither +1 nor −1: a
 * border output sums only over the patch positions inside the image. So each output position p has a validity mask
 * M_p over the C·k·k patch bits, and the exact value is |M_p| − 2·popcount((x XOR w) AND M_p), the ±1 dot product
 * restricted to the valid positions. Interior positions have a full mask and reduce to the plain XNOR-popcount.
 */
final class XnorConv2d extends KernelStep {

  private final int channels;
  private final int size;
  private final int stride;
  private final int padding;
  private final Tensor floatKernel;
  private final Tensor bias;

  XnorConv2d(Kernel kernel, int channels, int size, int stride, int padding) {
    super(kernel);
    this.channels = channels;
    this.size = size;
    this.stride = stride;
    this.padding = padding;
    this.floatKernel = Tensor.wrap(kernel.floats(), kernel.rows(), channels, size, size);
    this.bias = kernel.bias() == null ? null : Tensor.wrap(kernel.bias(), kernel.rows());
  }

  @Override
  public Tensor apply(Tensor x) {
    if (x.rank() != 4 || x.dim(1) != channels) {
      throw new IllegalArgumentException("conv2d: expects [N, " + channels + ", H, W], got " + x.shape());
    }
    if (!kernel.isBinary()) {
      return Conv.conv2d(kernel.quantizeInput(x), floatKernel, bias, stride, padding);
    }
    int n = x.dim(0);
    int h = x.dim(2);
    int w = x.dim(3);
    int ho = (h + 2 * padding - size) / stride + 1;
    int wo = (w + 2 * padding - size) / stride + 1;
    if (ho < 1 || wo < 1) {
      throw new IllegalArgumentException("conv2d: kernel " + size + " larger than padded input " + x.shape());
    }
    int cols = kernel.cols();
    int wpr = PackedBits.wordsFor(cols);
    int positions = ho * wo;
    // Validity masks and their sizes depend on the position only, not on the sample.
    long[] masks = new long[positions * wpr];
    int[] valid = new int[positions];
    for (int oy = 0; oy < ho; oy++) {
      for (int ox = 0; ox < wo; ox++) {
        int p = oy * wo + ox;
        for (int c = 0; c < channels; c++) {
          for (int ky = 0; ky < size; ky++) {
            for (int kx = 0; kx < size; kx++) {
              int iy = oy * stride - padding + ky;
              int ix = ox * stride - padding + kx;
              if (iy >= 0 && iy < h && ix >= 0 && ix < w) {
                int bit = (c * size + ky) * size + kx;
                masks[p * wpr + (bit >>> 6)] |= 1L << (bit & 63);
                valid[p]++;
              }
            }
          }
        }
      }
    }
    float[] xd = x.contiguous().data();
    int out = kernel.rows();
    long[] kw = kernel.packed().words();
    float[] y = new float[n * out * positions];
    float[] bd = kernel.bias();
    Parallel.forRange(n, 1, (from, to) -> {
      long[] patches = new long[positions * wpr];
      for (int s = from; s < to; s++) {
        java.util.Arrays.fill(patches, 0L);
        int base = s * channels * h * w;
        for (int oy = 0; oy < ho; oy++) {
          for (int ox = 0; ox < wo; ox++) {
            int p = oy * wo + ox;
            for (int c = 0; c < channels; c++) {
              for (int ky = 0; ky < size; ky++) {
                int iy = oy * stride - padding + ky;
                if (iy < 0 || iy >= h) {
                  continue;
                }
                for (int kx = 0; kx < size; kx++) {
                  int ix = ox * stride - padding + kx;
                  if (ix >= 0 && ix < w && xd[base + (c * h + iy) * w + ix] >= 0f) {
                    int bit = (c * size + ky) * size + kx;
                    patches[p * wpr + (bit >>> 6)] |= 1L << (bit & 63);
                  }
                }
              }
            }
          }
        }
        // Position-major: one patch stays in cache while every kernel row (all small enough for L1) meets it.
        for (int p = 0; p < positions; p++) {
          int po = p * wpr;
          boolean interior = valid[p] == cols;
          for (int o = 0; o < out; o++) {
            int ko = o * wpr;
            int diff = 0;
            if (interior) {
              for (int q = 0; q < wpr; q++) {
                diff += Long.bitCount(patches[po + q] ^ kw[ko + q]);
              }
            } else {
              for (int q = 0; q < wpr; q++) {
                diff += Long.bitCount((patches[po + q] ^ kw[ko + q]) & masks[po + q]);
              }
            }
            int v = valid[p] - 2 * diff;
            y[(s * out + o) * positions + p] = threshold != null ? threshold.sign(o, v) : bd == null ? v : v + bd[o];
          }
        }
      }
    });
    return Tensor.wrap(y, n, out, ho, wo);
  }

  @Override
  public String describe() {
    return "conv2d " + channels + "→" + kernel.rows() + " " + size + "×" + size + " stride " + stride + " padding "
        + padding + " (" + kernel.text() + (kernel.isBinary() ? ", XNOR-popcount with exact zero padding" : "")
        + foldText() + ")";
  }
}
