package dev.ste4j.nn.export;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.BitKernels;
import dev.ste4j.tensor.kernel.PackedBits;
import dev.ste4j.tensor.ops.Linalg;

/**
 * A dense record at inference. With sign input and a packed kernel the product is the XNOR-popcount GEMM
 * ({@link BitKernels#xnorGemm}), exact in integers and equal to the training graph's float product of ±1 values;
 * otherwise it is the same {@link Linalg#matmul} the training graph uses. An optional {@link SignThreshold} (a folded
 * batch norm followed by the next layer's sign) turns the integer outputs directly into ±1.
 */
final class XnorDense extends KernelStep {

  private final Tensor floatKernelT;

  XnorDense(Kernel kernel) {
    super(kernel);
    this.floatKernelT = Tensor.wrap(kernel.floats(), kernel.rows(), kernel.cols()).transpose(0, 1);
  }

  /**
   * With a folded sign the outputs leave as packed rows; a binary kernel reads packed rows as they are. Otherwise as
   * {@link #apply}. The bits are those of the ±1 floats {@link #apply} gives (the same compares, tested).
   */
  @Override
  public Activation run(Activation x) {
    boolean packedIn = x.isPacked() && x.rank() == 2 && kernel.isBinary();
    boolean packedOut = threshold != null && kernel.isBinary() || floatThreshold != null && !kernel.isBinary();
    if (!packedIn && !packedOut) {
      return Activation.of(apply(x.tensor()));
    }
    if (!kernel.isBinary()) {
      Tensor y = product(x.tensor()).contiguous();
      return Activation.packedRows(floatThreshold.packRows(y.data(), y.dim(0), y.dim(1)));
    }
    if (x.rank() != 2 || x.dim(1) != kernel.cols()) {
      throw new IllegalArgumentException("dense: expects [N, " + kernel.cols() + "], got " + x.shape());
    }
    int n = x.dim(0);
    PackedBits a = packedIn ? PackedBits.wrap(n, kernel.cols(), x.signs())
        : PackedBits.pack(x.tensor().contiguous().data(), 0, n, kernel.cols());
    float[] y = counts(a);
    if (packedOut) {
      return Activation.packedRows(threshold.packRows(y, n, kernel.rows()));
    }
    return Activation.of(withBias(y, n));
  }

  @Override
  public Tensor apply(Tensor x) {
    if (x.rank() != 2 || x.dim(1) != kernel.cols()) {
      throw new IllegalArgumentException("dense: expects [N, " + kernel.cols() + "], got " + x.shape());
    }
    if (!kernel.isBinary()) {
      Tensor y = product(x);
      if (floatThreshold != null) {
        y = y.contiguous();
        floatThreshold.applyRows(y.data(), y.dim(0), y.dim(1));
      }
      return y;
    }
    int n = x.dim(0);
    float[] y = counts(PackedBits.pack(x.contiguous().data(), 0, n, kernel.cols()));
    if (threshold != null) {
      threshold.applyChannelsLast(y, n, kernel.rows());
      return Tensor.wrap(y, n, kernel.rows());
    }
    return withBias(y, n);
  }

  /** The float product with the bias, as the training graph computes it. */
  private Tensor product(Tensor x) {
    Tensor y = Linalg.matmul(kernel.quantizeInput(x), floatKernelT);
    return kernel.bias() == null ? y : y.add(Tensor.wrap(kernel.bias(), kernel.rows()));
  }

  /** The XNOR-popcount product: exact integers (|a·b| ≤ cols &lt; 2²⁴), written as floats by the fast kernels. */
  private float[] counts(PackedBits a) {
    float[] y = new float[a.rows() * kernel.rows()];
    BitKernels.xnorGemm(a, kernel.packed(), y, 0);
    return y;
  }

  private Tensor withBias(float[] y, int n) {
    Tensor t = Tensor.wrap(y, n, kernel.rows());
    return kernel.bias() == null ? t : t.add(Tensor.wrap(kernel.bias(), kernel.rows()));
  }

  @Override
  public String describe() {
    return "dense " + kernel.cols() + "→" + kernel.rows() + " (" + kernel.text()
        + (kernel.isBinary() ? ", XNOR-popcount" : "") + foldText()
        + ")";
  }
}
