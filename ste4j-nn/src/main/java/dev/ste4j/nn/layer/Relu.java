package dev.ste4j.nn.layer;

import dev.ste4j.tensor.Tensor;

/** max(x, 0); the gradient at 0 is 0 (the engine's convention). */
public final class Relu extends Layer {

  @Override
  protected Tensor compute(Tensor x) {
    return x.relu();
  }

  @Override
  public String toString() {
    return "ReLU";
  }
}
