package dev.ste4j.nn.export.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A constant tensor of the graph (an ONNX initializer, message TensorProto): name, element type, dimensions and the
 * values as little-endian raw data.
 *
 * @param name the value name nodes refer to
 * @param dataType the TensorProto.DataType code ({@link #FLOAT}, {@link #DOUBLE}, {@link #INT64})
 * @param dims the shape (empty for a scalar)
 * @param raw the values, little-endian
 */
record TensorConstant(String name, int dataType, long[] dims, byte[] raw) {

  static final int FLOAT = 1;
  static final int INT64 = 7;
  static final int DOUBLE = 11;

  // TensorProto field numbers (onnx.proto).
  private static final int DIMS = 1;
  private static final int DATA_TYPE = 2;
  private static final int NAME = 8;
  private static final int RAW_DATA = 9;

  static TensorConstant floats(String name, float[] v, long... dims) {
    ByteBuffer b = buffer(4L * v.length);
    b.asFloatBuffer().put(v);
    return new TensorConstant(name, FLOAT, check(dims, v.length), b.array());
  }

  static TensorConstant doubles(String name, double[] v, long... dims) {
    ByteBuffer b = buffer(8L * v.length);
    b.asDoubleBuffer().put(v);
    return new TensorConstant(name, DOUBLE, check(dims, v.length), b.array());
  }

  static TensorConstant longs(String name, long[] v, long... dims) {
    ByteBuffer b = buffer(8L * v.length);
    b.asLongBuffer().put(v);
    return new TensorConstant(name, INT64, check(dims, v.length), b.array());
  }

  ProtoWriter proto() {
    ProtoWriter p = new ProtoWriter();
    if (dims.length > 0) {
      p.packedVarints(DIMS, dims);
    }
    return p.varint(DATA_TYPE, dataType).string(NAME, name).bytes(RAW_DATA, raw);
  }

  private static ByteBuffer buffer(long bytes) {
    if (bytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("onnx export: a tensor of " + bytes + " bytes is too large");
    }
    return ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static long[] check(long[] dims, int count) {
    long n = 1;
    for (long d : dims) {
      n *= d;
    }
    if (n != count) {
      throw new IllegalArgumentException("onnx export: " + count + " values for shape "
          + java.util.Arrays.toString(dims));
    }
    return dims.clone();
  }
}
