package dev.ste4j.nn.export.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the nodes and constants of a graph in the order they are added (already a topological order, since every
 * node reads values made before it) and gives every value a fresh name. Scalar constants are shared.
 */
final class GraphBuilder {

  private final List<Node> nodes = new ArrayList<>();
  private final List<TensorConstant> constants = new ArrayList<>();
  private final Map<String, String> scalars = new HashMap<>();
  private int next;

  /** A new value name from a hint (e.g. the layer's position), unique in the graph. */
  String fresh(String hint) {
    return hint + "_" + next++;
  }

  /** A standard ONNX operator with one output; returns the output's name. */
  String op(String opType, List<Attribute> attributes, String... inputs) {
    return op("", opType, attributes, inputs);
  }

  /** A standard ONNX operator without attributes. */
  String op(String opType, String... inputs) {
    return op("", opType, List.of(), inputs);
  }

  /** An operator of {@code domain} with one output. */
  String op(String domain, String opType, List<Attribute> attributes, String... inputs) {
    return add(fresh(opType.toLowerCase(java.util.Locale.ROOT)), domain, opType, attributes, inputs);
  }

  /** An Identity node that gives x the name {@code out} (the graph output's). */
  String identity(String out, String x) {
    return add(out, "", "Identity", List.of(), x);
  }

  private String add(String out, String domain, String opType, List<Attribute> attributes, String... inputs) {
    nodes.add(new Node(opType, domain, "node_" + nodes.size() + "_" + opType, List.of(inputs), List.of(out),
        List.copyOf(attributes)));
    return out;
  }

  /** A float constant of the given shape. */
  String floats(String hint, float[] values, long... dims) {
    return add(TensorConstant.floats(fresh(hint), values, dims));
  }

  /** A double constant of the given shape. */
  String doubles(String hint, double[] values, long... dims) {
    return add(TensorConstant.doubles(fresh(hint), values, dims));
  }

  /** An int64 constant of the given shape. */
  String longs(String hint, long[] values, long... dims) {
    return add(TensorConstant.longs(fresh(hint), values, dims));
  }

  /** A float scalar, shared by every node that uses the same value. */
  String scalar(float v) {
    return scalars.computeIfAbsent("f" + Float.floatToRawIntBits(v),
        k -> add(TensorConstant.floats(fresh("const"), new float[] {v})));
  }

  /** A double scalar, shared likewise. */
  String scalar(double v) {
    return scalars.computeIfAbsent("d" + Double.doubleToRawLongBits(v),
        k -> add(TensorConstant.doubles(fresh("const"), new double[] {v})));
  }

  List<Node> nodes() {
    return nodes;
  }

  List<TensorConstant> constants() {
    return constants;
  }

  /**
   * The shape of a per-channel constant that broadcasts over a value of {@code rank} (batch axis included) with its
   * channels on axis 1: [C] for [N, C], [C, 1, 1] for [N, C, H, W].
   */
  static long[] channelDims(int channels, int rank) {
    long[] d = new long[Math.max(1, rank - 1)];
    Arrays.fill(d, 1);
    d[0] = channels;
    return d;
  }

  private String add(TensorConstant c) {
    constants.add(c);
    return c.name();
  }
}
