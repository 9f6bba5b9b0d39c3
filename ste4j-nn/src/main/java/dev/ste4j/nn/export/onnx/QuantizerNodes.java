package dev.ste4j.nn.export.onnx;

import dev.ste4j.nn.quantizer.DoReFa;
import dev.ste4j.nn.quantizer.Heaviside;
import dev.ste4j.nn.quantizer.MagnitudeAwareSign;
import dev.ste4j.nn.quantizer.QuantizedRelu;
import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.nn.quantizer.SignQuantizer;
import dev.ste4j.nn.quantizer.Ternary;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The evaluation-mode forward of each quantizer as standard ONNX operators, with ste4j's rounding: sign is
 * {@code Where(x >= 0, 1, -1)} (never ONNX {@code Sign}, whose sign(0) = 0), and qrelu divides in double as
 * {@link QuantizedRelu#forward} does, so the levels match bit for bit.
 */
final class QuantizerNodes {

  private QuantizerNodes() {}

  /** +1 where x ≥ 0 (so sign(0) = +1), −1 elsewhere and for NaN, as {@link SignQuantizer#forward}. */
  static String sign(GraphBuilder g, String x) {
    return g.op("Where", g.op("GreaterOrEqual", x, g.scalar(0f)), g.scalar(1f), g.scalar(-1f));
  }

  /** The quantizer's forward of x; {@code where} names the layer in the error for a quantizer ONNX cannot express. */
  static String forward(GraphBuilder g, Quantizer q, Value x, String where) {
    String v = x.name();
    if (q instanceof SignQuantizer) {
      return sign(g, v);
    }
    if (q instanceof QuantizedRelu r) {
      // alpha · min(max(ceil(x / alpha), 0), 2^b − 1) with the division and ceil in double, then a float product.
      String ratio = g.op("Div", cast(g, v, TensorConstant.DOUBLE), g.scalar((double) r.alpha()));
      String level = g.op("Clip", g.op("Ceil", ratio), g.scalar(0.0), g.scalar((double) ((1 << r.bits()) - 1)));
      return g.op("Mul", cast(g, level, TensorConstant.FLOAT), g.scalar(r.alpha()));
    }
    if (q instanceof Heaviside) {
      return g.op("Where", g.op("Greater", v, g.scalar(0f)), g.scalar(1f), g.scalar(0f));
    }
    if (q instanceof DoReFa d && !d.weights()) {
      float n = (1 << d.k()) - 1;
      String scaled = g.op("Mul", g.op("Clip", v, g.scalar(0f), g.scalar(1f)), g.scalar(n));
      return g.op("Div", g.op("Round", scaled), g.scalar(n)); // Round is half to even, as Math.rint
    }
    if (q instanceof Ternary t && !t.isAuto()) {
      String zero = g.op("LessOrEqual", g.op("Abs", v), g.scalar(t.threshold()));
      String signed = g.op("Where", g.op("Greater", v, g.scalar(0f)), g.scalar(1f), g.scalar(-1f));
      return g.op("Where", zero, g.scalar(0f), signed);
    }
    if (q instanceof MagnitudeAwareSign && x.rank() > 1) {
      // Axis 0 of an activation is the batch: one scale mean|x| per sample (in float here, in double in ste4j).
      long[] axes = LongStream.range(1, x.rank()).toArray();
      String scale = g.op("ReduceMean", List.of(Attribute.ints("axes", axes), Attribute.of("keepdims", 1)),
          g.op("Abs", v));
      return g.op("Mul", sign(g, v), scale);
    }
    throw new IllegalArgumentException("onnx export: " + where + ": quantizer " + q.describe()
        + " cannot be expressed in ONNX (its output depends on the whole batch)");
  }

  /** x converted to a TensorProto.DataType ({@link TensorConstant#FLOAT}, {@link TensorConstant#DOUBLE}). */
  static String cast(GraphBuilder g, String x, int to) {
    return g.op("Cast", List.of(Attribute.of("to", to)), x);
  }
}
