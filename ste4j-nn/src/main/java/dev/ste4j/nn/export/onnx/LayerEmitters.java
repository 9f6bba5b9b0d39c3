package dev.ste4j.nn.export.onnx;

import dev.ste4j.nn.export.InferenceModules;
import dev.ste4j.nn.layer.AvgPool2d;
import dev.ste4j.nn.layer.BasicBlock;
import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.Flatten;
import dev.ste4j.nn.layer.HardTanh;
import dev.ste4j.nn.layer.MaxPool2d;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.Pool2dLayer;
import dev.ste4j.nn.layer.QuantActivation;
import dev.ste4j.nn.layer.QuantConv2d;
import dev.ste4j.nn.layer.QuantDense;
import dev.ste4j.nn.layer.Relu;
import java.util.List;

/**
 * The one registry of {@link LayerEmitter}s: each layer kind of the library with the ONNX operators of its
 * evaluation forward. A module of another class fails naming it.
 */
final class LayerEmitters {

  /** A module class and its emitter. */
  record Entry<M extends Module>(Class<M> kind, LayerEmitter<M> emitter) {

    Value emit(Module m, Value x, GraphEmitter e) {
      return emitter.emit(kind.cast(m), x, e);
    }
  }

  private static final List<Entry<?>> ALL = List.of(
      new Entry<>(QuantDense.class, LayerEmitters::dense),
      new Entry<>(QuantConv2d.class, LayerEmitters::conv),
      new Entry<>(BatchNorm.class, (bn, x, e) -> e.dialect().batchNorm(e.graph(), bn, x)),
      new Entry<>(MaxPool2d.class, (p, x, e) -> pool("MaxPool", p, x, e)),
      new Entry<>(AvgPool2d.class, (p, x, e) -> pool("AveragePool", p, x, e)),
      new Entry<>(Flatten.class, (f, x, e) -> new Value(e.graph().op("Flatten", List.of(Attribute.of("axis", 1)),
          x.name()), 2)),
      new Entry<>(Relu.class, (r, x, e) -> new Value(e.graph().op("Relu", x.name()), x.rank())),
      new Entry<>(HardTanh.class, (h, x, e) -> new Value(e.graph().op("Clip", x.name(), e.graph().scalar(-1f),
          e.graph().scalar(1f)), x.rank())),
      new Entry<>(QuantActivation.class, (a, x, e) -> new Value(e.dialect().activation(e.graph(), a.quantizer(), x,
          a.toString()), x.rank())),
      new Entry<>(BasicBlock.class, LayerEmitters::residual));

  private LayerEmitters() {}

  /** The entry that emits the module. */
  static Entry<?> forModule(Module m) {
    for (Entry<?> e : ALL) {
      if (e.kind().isInstance(m)) {
        return e;
      }
    }
    throw new IllegalArgumentException("onnx export: cannot express layer " + m + " ("
        + m.getClass().getSimpleName() + ") in ONNX; supported: dense, conv2d, batch norm, max/avg pool, flatten,"
        + " relu, hardtanh, quantized activation, residual block, dropout, sequential");
  }

  /** y = q(x)·Wᵀ + b: Gemm with the kernel [out, in] transposed. */
  private static Value dense(QuantDense d, Value x, GraphEmitter e) {
    String in = KernelNodes.input(d, x, e);
    String w = KernelNodes.kernel(d, e, d.outFeatures(), d.inFeatures());
    return new Value(e.graph().op("Gemm", List.of(Attribute.of("transB", 1)), KernelNodes.operands(d, in, w, e)), 2);
  }

  /** Conv with kernel [O, C, k, k]; its zero padding comes after the input quantizer, as in ste4j and Larq. */
  private static Value conv(QuantConv2d c, Value x, GraphEmitter e) {
    String in = KernelNodes.input(c, x, e);
    int k = c.kernelSize();
    String w = KernelNodes.kernel(c, e, c.outChannels(), c.inChannels(), k, k);
    int p = c.padding();
    List<Attribute> attributes = List.of(Attribute.ints("kernel_shape", k, k),
        Attribute.ints("strides", c.stride(), c.stride()), Attribute.ints("pads", p, p, p, p));
    return new Value(e.graph().op("Conv", attributes, KernelNodes.operands(c, in, w, e)), 4);
  }

  private static Value pool(String op, Pool2dLayer p, Value x, GraphEmitter e) {
    List<Attribute> attributes = List.of(Attribute.ints("kernel_shape", p.kernel(), p.kernel()),
        Attribute.ints("strides", p.stride(), p.stride()));
    return new Value(e.graph().op(op, attributes, x.name()), 4);
  }

  /** post(main(x) + shortcut(x)), the shortcut being the identity when the block has none. */
  private static Value residual(BasicBlock b, Value x, GraphEmitter e) {
    Value main = e.sequence(InferenceModules.flatten(b.main()), x);
    Value shortcut = b.shortcut() == null ? x : e.sequence(InferenceModules.flatten(b.shortcut()), x);
    Value sum = new Value(e.graph().op("Add", main.name(), shortcut.name()), main.rank());
    return b.post() == null ? sum : e.sequence(InferenceModules.flatten(b.post()), sum);
  }
}
