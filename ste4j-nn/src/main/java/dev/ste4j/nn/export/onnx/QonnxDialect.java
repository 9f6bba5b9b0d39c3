package dev.ste4j.nn.export.onnx;

import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.QuantizedLayer;
import dev.ste4j.nn.quantizer.DoReFa;
import dev.ste4j.nn.quantizer.Heaviside;
import dev.ste4j.nn.quantizer.QuantizedRelu;
import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.nn.quantizer.SignQuantizer;
import dev.ste4j.nn.quantizer.Ternary;
import java.util.List;
import java.util.Map;

/**
 * QONNX (github.com/fastmachinelearning/qonnx, custom operators v1): sign quantizers as {@code BipolarQuant} with
 * scale 1, which maps 0 to +1 as ste4j does; uniform quantizers as {@code Quant} (scale, zero point, bit width,
 * {@code signed}, {@code narrow}, {@code rounding_mode}); binary kernels as ±1 initializers through a
 * {@code BipolarQuant}, ternary ones through a 2-bit narrow {@code Quant}, so FINN and the qonnx tools see their
 * precision. Batch norms stay batch norms (one float multiply and add per channel) for FINN to streamline; quantizers
 * QONNX has no operator for keep their standard-ONNX form.
 */
final class QonnxDialect implements Dialect {

  /** The domain of the QONNX operators. */
  static final String DOMAIN = "qonnx.custom_op.general";

  @Override
  public String activation(GraphBuilder g, Quantizer q, Value x, String where) {
    if (q instanceof SignQuantizer) {
      return bipolar(g, x.name());
    }
    if (q instanceof QuantizedRelu r) {
      return quant(g, x.name(), r.alpha(), r.bits(), false, false, "CEIL");
    }
    if (q instanceof Heaviside) {
      return quant(g, x.name(), 1f, 1, false, false, "CEIL");
    }
    if (q instanceof DoReFa d && !d.weights()) {
      return quant(g, x.name(), 1f / ((1 << d.k()) - 1), d.k(), false, false, "ROUND");
    }
    return QuantizerNodes.forward(g, q, x, where);
  }

  @Override
  public String kernel(GraphBuilder g, QuantizedLayer layer, float[] values, long[] dims) {
    String w = g.floats("kernel", values, dims);
    Quantizer k = layer.kernelQuantizer();
    if (k == null || layer.usesLatentWeights()) {
      return w;
    }
    if (k instanceof SignQuantizer) {
      return bipolar(g, w);
    }
    if (k instanceof Ternary) {
      return quant(g, w, 1f, 2, true, true, "ROUND");
    }
    return w;
  }

  @Override
  public Value batchNorm(GraphBuilder g, BatchNorm bn, Value x) {
    return BatchNormNodes.affine(g, bn, x);
  }

  @Override
  public boolean foldsSignThresholds() {
    return false;
  }

  @Override
  public Map<String, Long> domains() {
    return Map.of(DOMAIN, 1L);
  }

  private static String bipolar(GraphBuilder g, String x) {
    return g.op(DOMAIN, "BipolarQuant", List.of(), x, g.scalar(1f));
  }

  private static String quant(GraphBuilder g, String x, float scale, int bits, boolean signed, boolean narrow,
                              String rounding) {
    List<Attribute> attributes = List.of(Attribute.of("signed", signed ? 1 : 0), Attribute.of("narrow", narrow ? 1 : 0),
        Attribute.of("rounding_mode", rounding));
    return g.op(DOMAIN, "Quant", attributes, x, g.scalar(scale), g.scalar(0f), g.scalar((float) bits));
  }
}
