package dev.ste4j.nn.export;

import dev.ste4j.nn.layer.Pool2dLayer;
import dev.ste4j.tensor.ops.Pool;
import java.io.DataOutputStream;
import java.io.IOException;

/** Max or average pooling ({@code max} false): window size and stride. */
record PoolCodec<P extends Pool2dLayer>(boolean max) implements LayerCodec<P> {

  @Override
  public void write(P p, DataOutputStream out) throws IOException {
    out.writeInt(p.kernel());
    out.writeInt(p.stride());
  }

  @Override
  public InferenceStep read(RecordReader in, String where, long end) {
    int k = in.positive(where + " pool size");
    int s = in.positive(where + " pool stride");
    return max ? new MaxPoolStep(k, s) : InferenceStep.of("average pool " + k + " stride " + s,
        x -> Pool.avgPool2d(x, k, s));
  }
}
