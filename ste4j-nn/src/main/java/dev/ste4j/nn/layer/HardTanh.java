package dev.ste4j.nn.layer;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Elementwise;

/** min(max(x, −1), 1); gradient 1 on [−1, 1] (ends included) and 0 outside. */
public final class HardTanh extends Layer {

  @Override
  protected Tensor compute(Tensor x) {
    return Elementwise.clamp(x, -1f, 1f);
  }

  @Override
  public String toString() {
    return "HardTanh";
  }
}
