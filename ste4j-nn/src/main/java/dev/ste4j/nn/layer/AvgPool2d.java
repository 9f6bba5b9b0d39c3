package dev.ste4j.nn.layer;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Pool;

/** Average pooling over k×k windows with a stride (no padding), [N, C, H, W] → [N, C, (H − k)/s + 1, …]. */
public final class AvgPool2d extends Pool2dLayer {

  public AvgPool2d(int kernel, int stride) {
    super(kernel, stride);
  }

  /** Non-overlapping k×k pooling. */
  public AvgPool2d(int kernel) {
    this(kernel, kernel);
  }

  @Override
  protected Tensor compute(Tensor x) {
    return Pool.avgPool2d(x, kernel(), stride());
  }
}
