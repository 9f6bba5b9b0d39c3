package dev.ste4j.nn.layer;

import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.BinaryLinalg;
import dev.ste4j.tensor.ops.Linalg;
import dev.ste4j.tensor.random.Rng;

/**
 * A dense layer with optional input and kernel quantizers (Larq's {@code QuantDense}): y = q_in(x) · q_k(W)ᵀ + b.
 *
 * <p>Shapes: x [N, in], kernel W [out, in] (one row per output unit, so a binary kernel packs row by row for the
 * XNOR-popcount export), bias [out], y [N, out]. With ±1 input and kernel (sign quantizers on both) the product runs on
 * the XNOR-popcount GEMM, {@link BinaryLinalg#binaryMatmul}, in training and inference; otherwise on
 * {@link Linalg#matmul} with a transposed view of the kernel (no copy). Both give bitwise the same values and
 * gradients (see {@link KernelLayer}).
 */
public final class QuantDense extends KernelLayer {

  private final int in;
  private final int out;

  /**
   * @param in input features
   * @param out output features
   * @param bias whether to add a bias
   * @param inputQuantizer quantizer for x, or null
   * @param kernelQuantizer quantizer for W, or null
   * @param kernelClip c of the constraint |W| ≤ c, or NaN for none
   * @param init source for the Glorot-uniform kernel
   */
  public QuantDense(int in, int out, boolean bias, Quantizer inputQuantizer, Quantizer kernelQuantizer,
                    float kernelClip, Rng init) {
    super(inputQuantizer, kernelQuantizer, kernelClip, init.split(0x6e6f697365L));
    if (in < 1 || out < 1) {
      throw new IllegalArgumentException("QuantDense: sizes must be positive, got " + in + "→" + out);
    }
    this.in = in;
    this.out = out;
    register(glorot(init, in, out, out, in), bias ? Tensor.zeros(out) : null);
  }

  /** A float dense layer with bias. */
  public static QuantDense dense(int in, int out, Rng init) {
    return new QuantDense(in, out, true, null, null, Float.NaN, init);
  }

  public int inFeatures() {
    return in;
  }

  public int outFeatures() {
    return out;
  }

  @Override
  protected Tensor compute(Tensor x) {
    if (x.rank() != 2 || x.dim(1) != in) {
      throw new IllegalArgumentException(this + ": expects input [N, " + in + "], got " + x.shape());
    }
    Tensor qx = quantizeInput(x);
    Tensor qk = effectiveKernel();
    Tensor y = packedForward(qx, qk) ? BinaryLinalg.binaryMatmul(qx, qk) : Linalg.matmul(qx, qk.transpose(0, 1));
    return bias() == null ? y : y.add(bias().value());
  }

  @Override
  public String toString() {
    return "QuantDense(" + in + "→" + out + (bias() == null ? "" : ", bias") + quantizerText() + ")";
  }
}
