package dev.ste4j.nn.export;

import dev.ste4j.nn.layer.QuantActivation;
import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.nn.quantizer.Quantizers;
import java.io.DataOutputStream;
import java.io.IOException;

/** A quantized activation: its quantizer's spec string. */
final class QuantActivationCodec implements LayerCodec<QuantActivation> {

  @Override
  public void write(QuantActivation a, DataOutputStream out) throws IOException {
    RecordWriter.string(out, Quantizers.format(a.quantizer()));
  }

  @Override
  public InferenceStep read(RecordReader in, String where, long end) {
    Quantizer q = in.quantizer(where);
    return InferenceStep.of("activation " + q.describe(), q::quantize);
  }
}
