package dev.ste4j.nn.export;

import dev.ste4j.nn.layer.QuantDense;
import java.io.DataOutputStream;
import java.io.IOException;

/** A dense layer: input and output features, then its kernel record ({@link KernelRecord}), kernel [out, in]. */
final class DenseCodec implements LayerCodec<QuantDense> {

  @Override
  public void write(QuantDense d, DataOutputStream out) throws IOException {
    out.writeInt(d.inFeatures());
    out.writeInt(d.outFeatures());
    KernelRecord.write(out, d, d.outFeatures(), d.inFeatures());
  }

  @Override
  public InferenceStep read(RecordReader in, String where, long end) {
    int inputs = in.positive(where + " input size");
    int outputs = in.positive(where + " output size");
    return new XnorDense(KernelRecord.read(in, where, outputs, inputs, end));
  }
}
