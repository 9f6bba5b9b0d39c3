package dev.ste4j.nn.layer;

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

  /** The options of a {@link QuantDense} of {@code in} → {@code out} features (see {@link QuantLayerBuilder}). */
  public static final class Builder extends QuantLayerBuilder<Builder, QuantDense> {
    private final int in;
    private final int out;

    private Builder(int in, int out) {
      this.in = in;
      this.out = out;
    }

    @Override
    public QuantDense build(Rng init) {
      return new QuantDense(this, init);
    }
  }

  private QuantDense(Builder b, Rng init) {
    super(b, init.split(0x6e6f697365L));
    if (b.in < 1 || b.out < 1) {
      throw new IllegalArgumentException("QuantDense: sizes must be positive, got " + b.in + "→" + b.out);
    }
    this.in = b.in;
    this.out = b.out;
    register(glorot(init, in, out, out, in), b.useBias, out);
  }

  /** A dense layer of {@code in} input and {@code out} output features: by default float, with a bias. */
  public static Builder builder(int in, int out) {
    return new Builder(in, out);
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
