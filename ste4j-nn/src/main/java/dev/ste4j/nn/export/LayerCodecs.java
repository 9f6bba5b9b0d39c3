package dev.ste4j.nn.export;

import static dev.ste4j.nn.export.ExportFormat.*;

import dev.ste4j.nn.layer.AvgPool2d;
import dev.ste4j.nn.layer.BasicBlock;
import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.Flatten;
import dev.ste4j.nn.layer.HardTanh;
import dev.ste4j.nn.layer.MaxPool2d;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.QuantActivation;
import dev.ste4j.nn.layer.QuantConv2d;
import dev.ste4j.nn.layer.QuantDense;
import dev.ste4j.nn.layer.Relu;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Elementwise;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The one registry of {@link LayerCodec}s: the record types of the format, each with the module class it writes and
 * its codec, in the order of their type bytes.
 */
final class LayerCodecs {

  /** A record type: its byte, the modules it writes, and their codec. */
  record Entry<M extends Module>(int type, Class<M> kind, LayerCodec<M> codec) {

    boolean writes(Module m) {
      return kind.isInstance(m);
    }

    void write(Module m, DataOutputStream out) throws IOException {
      codec.write(kind.cast(m), out);
    }
  }

  private static final List<Entry<?>> ALL = List.of(
      new Entry<>(DENSE, QuantDense.class, new DenseCodec()),
      new Entry<>(CONV2D, QuantConv2d.class, new Conv2dCodec()),
      new Entry<>(BATCH_NORM, BatchNorm.class, new BatchNormCodec()),
      new Entry<>(MAX_POOL, MaxPool2d.class, new PoolCodec<>(true)),
      new Entry<>(AVG_POOL, AvgPool2d.class, new PoolCodec<>(false)),
      new Entry<>(FLATTEN, Flatten.class, new StatelessCodec<>("flatten", x -> x.rank() == 2 ? x
          : x.contiguous().reshape(x.dim(0), x.size() / Math.max(1, x.dim(0))))),
      new Entry<>(RELU, Relu.class, new StatelessCodec<>("relu", Tensor::relu)),
      new Entry<>(HARD_TANH, HardTanh.class, new StatelessCodec<>("hardtanh", x -> Elementwise.clamp(x, -1f, 1f))),
      new Entry<>(QUANT_ACTIVATION, QuantActivation.class, new QuantActivationCodec()),
      new Entry<>(RESIDUAL, BasicBlock.class, new ResidualCodec()));

  private LayerCodecs() {}

  /** The record type that writes the module. */
  static Entry<?> forModule(Module m) {
    for (Entry<?> e : ALL) {
      if (e.writes(m)) {
        return e;
      }
    }
    throw new IllegalArgumentException("export: cannot export module " + m + " (" + m.getClass().getSimpleName()
        + ")");
  }

  /** The codec of a record type, or null for a type this build does not know. */
  static LayerCodec<?> forType(int type) {
    for (Entry<?> e : ALL) {
      if (e.type() == type) {
        return e.codec();
      }
    }
    return null;
  }
}
