package dev.ste4j.nn.export.onnx;

/** The two ONNX flavours {@link OnnxExporter} writes. */
public enum OnnxFormat {

  /** Standard ONNX (opset 13) that ONNX Runtime runs, agreeing with ste4j's inference. */
  ONNX(new StandardDialect()),
  /** The same graph with QONNX's BipolarQuant and Quant operators, for FINN and the qonnx tools. */
  QONNX(new QonnxDialect());

  private final Dialect dialect;

  OnnxFormat(Dialect dialect) {
    this.dialect = dialect;
  }

  Dialect dialect() {
    return dialect;
  }

  /** The lower-case name, as {@code ste export --format} takes it. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
