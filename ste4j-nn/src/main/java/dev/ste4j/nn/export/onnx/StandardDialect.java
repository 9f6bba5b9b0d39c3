package dev.ste4j.nn.export.onnx;

import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.QuantizedLayer;
import dev.ste4j.nn.quantizer.Quantizer;
import java.util.Map;

/**
 * Plain ONNX that ONNX Runtime runs: quantizers as standard operators ({@link QuantizerNodes}), kernels as the
 * values they take in evaluation (±1 for binary kernels), batch norms with ste4j's exact arithmetic or folded into
 * integer thresholds.
 */
final class StandardDialect implements Dialect {

  @Override
  public String activation(GraphBuilder g, Quantizer q, Value x, String where) {
    return QuantizerNodes.forward(g, q, x, where);
  }

  @Override
  public String kernel(GraphBuilder g, QuantizedLayer layer, float[] values, long[] dims) {
    return g.floats("kernel", values, dims);
  }

  @Override
  public Value batchNorm(GraphBuilder g, BatchNorm bn, Value x) {
    return BatchNormNodes.exact(g, bn, x);
  }

  @Override
  public boolean foldsSignThresholds() {
    return true;
  }

  @Override
  public Map<String, Long> domains() {
    return Map.of();
  }
}
