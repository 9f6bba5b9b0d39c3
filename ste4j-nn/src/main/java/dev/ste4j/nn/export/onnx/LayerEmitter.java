package dev.ste4j.nn.export.onnx;

import dev.ste4j.nn.layer.Module;

/**
 * One layer kind in the ONNX export: the nodes that compute its evaluation-mode forward. {@link LayerEmitters}
 * registers one emitter per module class, as {@code LayerCodecs} does for the binary format.
 *
 * @param <M> the module class emitted
 */
interface LayerEmitter<M extends Module> {

  /** Adds the module's nodes reading {@code x}; returns its output. */
  Value emit(M m, Value x, GraphEmitter e);
}
