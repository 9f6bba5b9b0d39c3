package dev.ste4j.nn.export.onnx;

import dev.ste4j.nn.data.ChannelStats;
import dev.ste4j.nn.data.Preprocessing;

/**
 * The input preprocessing at the head of the graph, in the float operations and order of
 * {@link Preprocessing#apply(float[], int[])}: x / rawMax, then (· − mean[c]) · invStd[c] per channel.
 */
final class PreprocessingNodes {

  private PreprocessingNodes() {}

  static Value emit(GraphBuilder g, Preprocessing p, Value raw, int[] sampleShape) {
    String x = raw.name();
    if (p.rawMax() != 1f) {
      x = g.op("Div", x, g.scalar(p.rawMax()));
    }
    if (p.channels() > 0) {
      long[] dims = GraphBuilder.channelDims(ChannelStats.channels(sampleShape), raw.rank());
      x = g.op("Sub", x, g.floats("input_mean", p.mean(), dims));
      x = g.op("Mul", x, g.floats("input_inv_std", p.invStd(), dims));
    }
    return new Value(x, raw.rank());
  }
}
