package dev.ste4j.nn.export;

import dev.ste4j.tensor.kernel.ChannelsLastPacking;
import dev.ste4j.tensor.ops.Pool;
import dev.ste4j.tensor.Tensor;

/** A max-pool record at inference: on packed signs an OR of the window's words, else the training graph's op. */
record MaxPoolStep(int size, int stride) implements InferenceStep {

  @Override
  public Tensor apply(Tensor x) {
    return Pool.maxPool2d(x, size, stride);
  }

  @Override
  public Activation run(Activation x) {
    if (!x.isPacked()) {
      return Activation.of(apply(x.tensor()));
    }
    int n = x.dim(0);
    int c = x.dim(1);
    int h = x.dim(2);
    int w = x.dim(3);
    return Activation.packed(ChannelsLastPacking.maxPool(x.signs(), n, c, h, w, size, stride), n, c,
        (h - size) / stride + 1, (w - size) / stride + 1);
  }

  @Override
  public String describe() {
    return "max pool " + size + " stride " + stride;
  }
}
