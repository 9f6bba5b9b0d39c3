package dev.ste4j.nn.export.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The protocol-buffers wire format, written by hand: varints, 64-bit fixed values and length-delimited fields are all
 * the ONNX messages need, so the exporter has no protobuf dependency and no generated code. Field numbers come from
 * onnx.proto and are named where the messages are written ({@link TensorConstant}, {@link Node}, {@link ModelWriter}).
 */
final class ProtoWriter {

  private static final int VARINT = 0;
  private static final int LENGTH_DELIMITED = 2;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** An int64/int32/enum field (negative values take ten bytes, as the format says). */
  ProtoWriter varint(int field, long value) {
    tag(field, VARINT);
    raw(value);
    return this;
  }

  /** A string field in UTF-8. */
  ProtoWriter string(int field, String value) {
    return bytes(field, value.getBytes(StandardCharsets.UTF_8));
  }

  /** A bytes field. */
  ProtoWriter bytes(int field, byte[] value) {
    tag(field, LENGTH_DELIMITED);
    raw(value.length);
    out.writeBytes(value);
    return this;
  }

  /** An embedded message. */
  ProtoWriter message(int field, ProtoWriter message) {
    return bytes(field, message.toByteArray());
  }

  /** A float field (wire type 5, little-endian). */
  ProtoWriter float32(int field, float value) {
    tag(field, 5);
    int bits = Float.floatToRawIntBits(value);
    for (int i = 0; i < 4; i++) {
      out.write(bits >>> (8 * i));
    }
    return this;
  }

  /** A packed repeated int64 field. */
  ProtoWriter packedVarints(int field, long[] values) {
    ProtoWriter p = new ProtoWriter();
    for (long v : values) {
      p.raw(v);
    }
    return bytes(field, p.toByteArray());
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }

  private void tag(int field, int wireType) {
    raw(((long) field << 3) | wireType);
  }

  private void raw(long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }
}
