package dev.ste4j.nn.layer;

import dev.ste4j.tensor.Tensor;

/** [N, d1, d2, …] → [N, d1·d2·…] (row-major, so [N, C, H, W] flattens channel by channel). */
public final class Flatten extends Layer {

  @Override
  protected Tensor compute(Tensor x) {
    if (x.rank() < 1) {
      throw new IllegalArgumentException("Flatten: needs a batch axis, got " + x.shape());
    }
    return x.rank() == 2 ? x : x.contiguous().reshape(x.dim(0), x.size() / Math.max(x.dim(0), 1));
  }

  @Override
  public String toString() {
    return "Flatten";
  }
}
