/**
 * Export of models to ONNX (opset 13, for ONNX Runtime and other runtimes) and QONNX (for FINN and the qonnx tools),
 * docs/EXPORT_FORMAT.md section ONNX. {@link dev.ste4j.nn.export.onnx.OnnxExporter} is the entry point; a
 * {@code GraphBuilder} collects nodes and constants, one {@code LayerEmitter} per layer kind adds a layer's operators,
 * a {@code Dialect} decides how quantizers, kernels and batch norms are written in each format, and {@code ProtoWriter}
 * writes the protobuf wire format by hand (no protobuf dependency).
 *
 * <p>Binary activations are {@code Where(x >= 0, 1, -1)}, never ONNX {@code Sign} (sign(0) = 0 there, +1 in ste4j).
 */
package dev.ste4j.nn.export.onnx;
