package dev.ste4j.nn.export.onnx;

import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.QuantizedLayer;
import dev.ste4j.nn.quantizer.Quantizer;
import java.util.Map;

/**
 * What differs between the two formats of {@link OnnxFormat}: how quantized activations, quantized kernels and batch
 * norms are written. The layer emitters are the same for both.
 */
interface Dialect {

  /** The quantizer's forward of x; {@code where} names the layer in errors. */
  String activation(GraphBuilder g, Quantizer q, Value x, String where);

  /** The kernel value a layer multiplies by: its evaluation-mode values, shaped {@code dims}. */
  String kernel(GraphBuilder g, QuantizedLayer layer, float[] values, long[] dims);

  /** A batch norm in evaluation. */
  Value batchNorm(GraphBuilder g, BatchNorm bn, Value x);

  /** True when a batch norm between two binary layers becomes an integer threshold (see {@link SignFold}). */
  boolean foldsSignThresholds();

  /** Operator-set domains besides the standard one, with their versions. */
  Map<String, Long> domains();
}
