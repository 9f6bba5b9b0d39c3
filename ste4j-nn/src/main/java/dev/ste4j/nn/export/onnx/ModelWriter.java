package dev.ste4j.nn.export.onnx;

import java.util.Map;

/**
 * Writes the ONNX ModelProto around a built graph: IR version, operator sets, producer, metadata, and the graph with
 * its one input and one output (both float tensors whose first axis is the batch, named {@code N}).
 */
final class ModelWriter {

  /** IR version 7 goes with opset 13 (ONNX 1.8), the oldest operator set the exporter targets. */
  static final long IR_VERSION = 7;
  static final long OPSET = 13;

  // ModelProto, GraphProto, ValueInfoProto, TypeProto, TensorShapeProto, OperatorSetIdProto and
  // StringStringEntryProto field numbers (onnx.proto).
  private static final int MODEL_IR_VERSION = 1;
  private static final int MODEL_PRODUCER_NAME = 2;
  private static final int MODEL_PRODUCER_VERSION = 3;
  private static final int MODEL_DOC_STRING = 6;
  private static final int MODEL_GRAPH = 7;
  private static final int MODEL_OPSET_IMPORT = 8;
  private static final int MODEL_METADATA = 14;
  private static final int GRAPH_NODE = 1;
  private static final int GRAPH_NAME = 2;
  private static final int GRAPH_INITIALIZER = 5;
  private static final int GRAPH_INPUT = 11;
  private static final int GRAPH_OUTPUT = 12;
  private static final int VALUE_NAME = 1;
  private static final int VALUE_TYPE = 2;
  private static final int TYPE_TENSOR = 1;
  private static final int TENSOR_ELEM_TYPE = 1;
  private static final int TENSOR_SHAPE = 2;
  private static final int SHAPE_DIM = 1;
  private static final int DIM_VALUE = 1;
  private static final int DIM_PARAM = 2;
  private static final int OPSET_DOMAIN = 1;
  private static final int OPSET_VERSION = 2;
  private static final int ENTRY_KEY = 1;
  private static final int ENTRY_VALUE = 2;

  private ModelWriter() {}

  /**
   * The model's bytes.
   *
   * @param domains extra operator-set domains with their versions (QONNX's), besides the standard one
   */
  static byte[] write(GraphBuilder g, String graphName, String input, int[] inputShape, String output,
                      int[] outputShape, String producerVersion, Map<String, String> metadata,
                      Map<String, Long> domains, String doc) {
    ProtoWriter graph = new ProtoWriter();
    g.nodes().forEach(n -> graph.message(GRAPH_NODE, n.proto()));
    graph.string(GRAPH_NAME, graphName);
    g.constants().forEach(c -> graph.message(GRAPH_INITIALIZER, c.proto()));
    graph.message(GRAPH_INPUT, value(input, inputShape));
    graph.message(GRAPH_OUTPUT, value(output, outputShape));

    ProtoWriter model = new ProtoWriter().varint(MODEL_IR_VERSION, IR_VERSION)
        .string(MODEL_PRODUCER_NAME, "ste4j").string(MODEL_PRODUCER_VERSION, producerVersion)
        .string(MODEL_DOC_STRING, doc).message(MODEL_GRAPH, graph)
        .message(MODEL_OPSET_IMPORT, new ProtoWriter().string(OPSET_DOMAIN, "").varint(OPSET_VERSION, OPSET));
    domains.forEach((d, v) -> model.message(MODEL_OPSET_IMPORT,
        new ProtoWriter().string(OPSET_DOMAIN, d).varint(OPSET_VERSION, v)));
    metadata.forEach((k, v) -> model.message(MODEL_METADATA,
        new ProtoWriter().string(ENTRY_KEY, k).string(ENTRY_VALUE, v)));
    return model.toByteArray();
  }

  /** A float tensor [N, sampleShape…]. */
  private static ProtoWriter value(String name, int[] sampleShape) {
    ProtoWriter shape = new ProtoWriter().message(SHAPE_DIM, new ProtoWriter().string(DIM_PARAM, "N"));
    for (int d : sampleShape) {
      shape.message(SHAPE_DIM, new ProtoWriter().varint(DIM_VALUE, d));
    }
    ProtoWriter tensor = new ProtoWriter().varint(TENSOR_ELEM_TYPE, TensorConstant.FLOAT).message(TENSOR_SHAPE, shape);
    return new ProtoWriter().string(VALUE_NAME, name)
        .message(VALUE_TYPE, new ProtoWriter().message(TYPE_TENSOR, tensor));
  }
}
