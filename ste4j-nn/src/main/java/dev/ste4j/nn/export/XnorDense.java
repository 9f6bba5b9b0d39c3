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

  @Override
  public Tensor apply(Tensor x) {
    if (x.rank() != 2 || x.dim(1) != kernel.cols()) {
      throw new IllegalArgumentException("dense: expects [N, " + kernel.cols() + "], got " + x.shape());
    }
    if (!kernel.isBinary()) {
      Tensor y = Linalg.matmul(kernel.quantizeInput(x), floatKernelT);
      y = kernel.bias() == null ? y : y.add(Tensor.wrap(kernel.bias(), kernel.rows()));
      if (floatThreshold != null) {
        y = y.contiguous();
        floatThreshold.applyRows(y.data(), y.dim(0), y.dim(1));
      }
      return y;
    }
    int n = x.dim(0);
    int out = kernel.rows();
    PackedBits a = PackedBits.pack(x.contiguous().data(), 0, n, kernel.cols());
    // Exact integers (|a·b| ≤ cols < 2²⁴), written as floats by the fast kernels.
    float[] y = new float[n * out];
    BitKernels.xnorGemm(a, kernel.packed(), y, 0);
    if (threshold != null) {
      threshold.applyChannelsLast(y, n, out);
    }
    Tensor t = Tensor.wrap(y, n, out);
    return kernel.bias() == null || threshold != null ? t : t.add(Tensor.wrap(kernel.bias(), out));
  }

  @Override
  public String describe() {
    return "dense " + kernel.cols() + "→" + kernel.rows() + " (" + kernel.text()
        + (kernel.isBinary() ? ", XNOR-popcount" : "") + foldText()
        + ")";
  }
}
