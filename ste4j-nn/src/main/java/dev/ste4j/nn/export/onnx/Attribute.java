package dev.ste4j.nn.export.onnx;

/**
 * A node attribute (message AttributeProto) of one of the three kinds the exporter uses: an int, a list of ints, or a
 * string.
 *
 * @param name the attribute name
 * @param ints the value of an int (one element) or ints attribute
 * @param text the value of a string attribute, or null
 * @param list true for an ints attribute
 */
record Attribute(String name, long[] ints, String text, boolean list) {

  // AttributeProto field numbers and AttributeType codes (onnx.proto).
  private static final int NAME = 1;
  private static final int I = 3;
  private static final int S = 4;
  private static final int INTS = 8;
  private static final int TYPE = 20;
  private static final int TYPE_INT = 2;
  private static final int TYPE_STRING = 3;
  private static final int TYPE_INTS = 7;

  static Attribute of(String name, long value) {
    return new Attribute(name, new long[] {value}, null, false);
  }

  static Attribute ints(String name, long... values) {
    return new Attribute(name, values.clone(), null, true);
  }

  static Attribute of(String name, String value) {
    return new Attribute(name, null, value, false);
  }

  ProtoWriter proto() {
    ProtoWriter p = new ProtoWriter().string(NAME, name);
    if (text != null) {
      return p.bytes(S, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).varint(TYPE, TYPE_STRING);
    }
    if (list) {
      return p.packedVarints(INTS, ints).varint(TYPE, TYPE_INTS);
    }
    return p.varint(I, ints[0]).varint(TYPE, TYPE_INT);
  }
}
