package dev.ste4j.nn.export;

import dev.ste4j.nn.layer.Module;
import dev.ste4j.tensor.Tensor;
import java.io.DataOutputStream;
import java.util.function.UnaryOperator;

/** A layer without state (flatten, ReLU, hard tanh): an empty payload, read back as the same function. */
record StatelessCodec<M extends Module>(String text, UnaryOperator<Tensor> f) implements LayerCodec<M> {

  @Override
  public void write(M m, DataOutputStream out) {
    // nothing to write
  }

  @Override
  public InferenceStep read(RecordReader in, String where, long end) {
    return InferenceStep.of(text, f);
  }
}
