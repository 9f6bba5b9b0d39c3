package dev.ste4j.nn.export.onnx;

import dev.ste4j.nn.export.SignIntervals;
import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.Flatten;
import dev.ste4j.nn.layer.MaxPool2d;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.QuantConv2d;
import dev.ste4j.nn.layer.QuantDense;
import dev.ste4j.nn.layer.QuantizedLayer;
import dev.ste4j.nn.quantizer.SignQuantizer;
import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.Tensor;
import java.util.List;

/**
 * The batch-norm fold of the ONNX export, the same rule as the binary format's: a layer with ±1 inputs, a ±1 kernel
 * and no bias gives integer outputs v ∈ [−K, K] (K its fan-in, padding zeros included); when a batch norm follows and
 * only max-pools or flattens (which commute with sign) lie between it and the next layer's sign, sign(BN(v)) is
 * +1 exactly on an interval [lo, hi] of integers per channel. The interval is found by running the batch norm itself
 * on every integer of [−K, K], so it agrees with the unfolded graph bit for bit; the graph then has
 * {@code Where(lo <= v <= hi, 1, -1)} in place of the batch norm.
 */
final class SignFold {

  private SignFold() {}

  /** True when the modules from {@code i} are such a layer, a batch norm, and pools/flattens up to a sign. */
  static boolean applies(List<Module> modules, int i) {
    return i + 1 < modules.size() && modules.get(i) instanceof QuantizedLayer l && integerOutputs(l)
        && modules.get(i + 1) instanceof BatchNorm && feedsSign(modules, i + 2);
  }

  /** Per channel {lo, hi} (±∞ for unbounded, lo &gt; hi for never), or null when some channel is not an interval. */
  static float[][] thresholds(BatchNorm bn, QuantizedLayer producer) {
    int k = producer instanceof QuantConv2d c ? c.inChannels() * c.kernelSize() * c.kernelSize()
        : ((QuantDense) producer).inFeatures();
    int c = bn.channels();
    float[] y;
    try (var s = NoGrad.enter()) {
      y = bn.forward(Tensor.wrap(SignIntervals.integerGrid(k, c), 2 * k + 1, c)).data();
    }
    int[][] t = SignIntervals.of(y, k, c);
    if (t == null) {
      return null;
    }
    float[] lo = new float[c];
    float[] hi = new float[c];
    for (int ch = 0; ch < c; ch++) {
      boolean never = t[0][ch] > t[1][ch];
      lo[ch] = never ? Float.POSITIVE_INFINITY : t[0][ch] == Integer.MIN_VALUE ? Float.NEGATIVE_INFINITY : t[0][ch];
      hi[ch] = never ? Float.NEGATIVE_INFINITY : t[1][ch] == Integer.MAX_VALUE ? Float.POSITIVE_INFINITY : t[1][ch];
    }
    return new float[][] {lo, hi};
  }

  /** ±1 from the integer outputs v and the per-channel intervals. */
  static Value emit(GraphBuilder g, Value v, float[][] t) {
    long[] dims = GraphBuilder.channelDims(t[0].length, v.rank());
    String above = g.op("GreaterOrEqual", v.name(), g.floats("fold_lo", t[0], dims));
    String below = g.op("LessOrEqual", v.name(), g.floats("fold_hi", t[1], dims));
    return new Value(g.op("Where", g.op("And", above, below), g.scalar(1f), g.scalar(-1f)), v.rank());
  }

  private static boolean integerOutputs(QuantizedLayer l) {
    return l.inputQuantizer() instanceof SignQuantizer && l.kernelQuantizer() instanceof SignQuantizer
        && !l.usesLatentWeights() && l.bias() == null;
  }

  private static boolean feedsSign(List<Module> modules, int from) {
    for (int j = from; j < modules.size(); j++) {
      Module m = modules.get(j);
      if (m instanceof QuantizedLayer l) {
        return l.inputQuantizer() instanceof SignQuantizer;
      }
      if (!(m instanceof MaxPool2d || m instanceof Flatten)) {
        return false;
      }
    }
    return false;
  }
}
