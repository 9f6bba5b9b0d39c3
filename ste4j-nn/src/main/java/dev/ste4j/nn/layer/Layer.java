package dev.ste4j.nn.layer;

import dev.ste4j.tensor.Tensor;

/**
 * A leaf module: one step of a network (a quantized dense or convolution, a normalisation, a pooling, an activation).
 * Its {@link #forward} runs {@link #compute} and reports the input and output to the {@link LayerTrace} of the
 * calling thread, when one is listening (the model summary uses this to learn shapes without hooks in every model).
 */
public abstract class Layer extends Module {

  /** The layer's computation on a batch. */
  protected abstract Tensor compute(Tensor x);

  @Override
  public final Tensor forward(Tensor x) {
    Tensor y = compute(x);
    LayerTrace.report(this, x, y);
    return y;
  }
}
