package dev.ste4j.nn.quantizer;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.StraightThrough;

/**
 * A quantizer acting on each value alone: its scalar {@link #forward} and {@link #pseudoDerivative} are its
 * definition. The backward of {@link #quantize} is exactly g · pseudoDerivative(x).
 */
public interface ElementwiseQuantizer extends Quantizer {

  /** The quantized value of one input. */
  float forward(float x);

  /** The factor the backward multiplies the incoming gradient by, at input x. */
  float pseudoDerivative(float x);

  @Override
  default Tensor quantize(Tensor x) {
    return StraightThrough.apply(name(), x, this::forward, this::pseudoDerivative);
  }
}
