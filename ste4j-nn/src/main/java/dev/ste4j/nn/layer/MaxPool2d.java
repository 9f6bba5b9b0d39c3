package dev.ste4j.nn.layer;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Pool;

/** Max pooling over k×k windows with a stride (no padding), [N, C, H, W] → [N, C, (H − k)/s + 1, …]. */
public final class MaxPool2d extends Pool2dLayer {

  public MaxPool2d(int kernel, int stride) {
    super(kernel, stride);
  }

  /** Non-overlapping k×k pooling. */
  public MaxPool2d(int kernel) {
    this(kernel, kernel);
  }

  @Override
  protected Tensor compute(Tensor x) {
    return Pool.maxPool2d(x, kernel(), stride());
  }
}
