package dev.ste4j.nn.export;

import dev.ste4j.nn.layer.BatchNorm;
import java.io.DataOutputStream;
import java.io.IOException;

/** Batch norm in evaluation: channels, eps, gamma, beta, running mean and variance. */
final class BatchNormCodec implements LayerCodec<BatchNorm> {

  @Override
  public void write(BatchNorm bn, DataOutputStream out) throws IOException {
    out.writeInt(bn.channels());
    out.writeFloat(bn.eps());
    RecordWriter.floats(out, bn.gammaValues());
    RecordWriter.floats(out, bn.betaValues());
    RecordWriter.floats(out, bn.runningMean());
    RecordWriter.floats(out, bn.runningVar());
  }

  @Override
  public InferenceStep read(RecordReader in, String where, long end) {
    int c = in.positive(where + " channels");
    float eps = in.buf.getFloat();
    in.expect(where, end, 4L * 4 * c);
    return new BatchNormStep(in.floats(c), in.floats(c), in.floats(c), in.floats(c), eps);
  }
}
