package dev.ste4j.nn.export.onnx;

import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.QuantizedLayer;
import java.util.List;

/**
 * Walks a model's modules in order and emits each with its {@link LayerEmitter}, folding a batch norm into the
 * preceding binary layer where {@link SignFold} says that is exact (and the dialect folds).
 */
final class GraphEmitter {

  private final GraphBuilder graph;
  private final Dialect dialect;

  GraphEmitter(GraphBuilder graph, Dialect dialect) {
    this.graph = graph;
    this.dialect = dialect;
  }

  GraphBuilder graph() {
    return graph;
  }

  Dialect dialect() {
    return dialect;
  }

  /** The modules applied one after another to x. */
  Value sequence(List<Module> modules, Value x) {
    Value y = x;
    for (int i = 0; i < modules.size(); i++) {
      Module m = modules.get(i);
      y = LayerEmitters.forModule(m).emit(m, y, this);
      if (dialect.foldsSignThresholds() && SignFold.applies(modules, i)) {
        float[][] t = SignFold.thresholds((BatchNorm) modules.get(i + 1), (QuantizedLayer) m);
        if (t != null) {
          y = SignFold.emit(graph, y, t);
          i++;
        }
      }
    }
    return y;
  }
}
