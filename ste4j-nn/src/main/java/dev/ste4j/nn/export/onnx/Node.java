package dev.ste4j.nn.export.onnx;

import java.util.List;

/**
 * One operator of the graph (message NodeProto).
 *
 * @param opType the operator, e.g. {@code Conv}
 * @param domain "" for the standard ONNX operators, {@link QonnxDialect#DOMAIN} for QONNX's
 * @param name a unique node name
 * @param inputs the value names it reads ("" for an omitted optional input)
 * @param outputs the value names it writes
 * @param attributes its attributes
 */
record Node(String opType, String domain, String name, List<String> inputs, List<String> outputs,
            List<Attribute> attributes) {

  // NodeProto field numbers (onnx.proto).
  private static final int INPUT = 1;
  private static final int OUTPUT = 2;
  private static final int NAME = 3;
  private static final int OP_TYPE = 4;
  private static final int ATTRIBUTE = 5;
  private static final int DOMAIN = 7;

  ProtoWriter proto() {
    ProtoWriter p = new ProtoWriter();
    inputs.forEach(i -> p.string(INPUT, i));
    outputs.forEach(o -> p.string(OUTPUT, o));
    p.string(NAME, name).string(OP_TYPE, opType);
    attributes.forEach(a -> p.message(ATTRIBUTE, a.proto()));
    if (!domain.isEmpty()) {
      p.string(DOMAIN, domain);
    }
    return p;
  }
}
