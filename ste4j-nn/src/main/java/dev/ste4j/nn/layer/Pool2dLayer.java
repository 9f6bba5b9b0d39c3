package dev.ste4j.nn.layer;

/**
 * What max and average pooling share: a k×k window moved with a stride over [N, C, H, W] (no padding), giving
 * [N, C, (H − k)/s + 1, (W − k)/s + 1]. Subclasses choose the reduction.
 */
public abstract class Pool2dLayer extends Layer {

  private final int kernel;
  private final int stride;

  protected Pool2dLayer(int kernel, int stride) {
    if (kernel < 1 || stride < 1) {
      throw new IllegalArgumentException(getClass().getSimpleName() + ": kernel and stride must be ≥ 1, got "
          + kernel + ", " + stride);
    }
    this.kernel = kernel;
    this.stride = stride;
  }

  public final int kernel() {
    return kernel;
  }

  public final int stride() {
    return stride;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + kernel + ", stride " + stride + ")";
  }
}
