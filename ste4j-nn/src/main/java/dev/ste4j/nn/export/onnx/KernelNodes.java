package dev.ste4j.nn.export.onnx;

import dev.ste4j.nn.layer.QuantizedLayer;
import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.tensor.NoGrad;

/** What dense and convolution emitters share: the quantized input, the evaluation-mode kernel, the bias. */
final class KernelNodes {

  private KernelNodes() {}

  /** The input as the layer multiplies it: through its input quantizer, or as is. */
  static String input(QuantizedLayer l, Value x, GraphEmitter e) {
    Quantizer q = l.inputQuantizer();
    return q == null ? x.name() : e.dialect().activation(e.graph(), q, x, l.toString());
  }

  /**
   * The kernel as the evaluation forward uses it: the latent values without a quantizer (or when latent weights are
   * switched on), else the quantizer's deterministic output (±1 for sign quantizers, α·±1 for magnitude-aware sign).
   */
  static String kernel(QuantizedLayer l, GraphEmitter e, long... dims) {
    Quantizer k = l.kernelQuantizer();
    float[] values;
    if (k == null || l.usesLatentWeights()) {
      values = l.kernel().data().clone();
    } else {
      try (var s = NoGrad.enter()) {
        values = k.quantize(l.kernel().value().detach()).contiguous().data().clone();
      }
    }
    return e.dialect().kernel(e.graph(), l, values, dims);
  }

  /** The inputs of a Gemm or Conv node: x, the kernel and, when the layer has one, its bias. */
  static String[] operands(QuantizedLayer l, String x, String kernel, GraphEmitter e) {
    if (l.bias() == null) {
      return new String[] {x, kernel};
    }
    float[] b = l.bias().data();
    return new String[] {x, kernel, e.graph().floats("bias", b.clone(), b.length)};
  }
}
