package dev.ste4j.tensor;

/**
 * The backward of one op: given the gradient of the loss with respect to the op's output, returns one gradient per
 * input, in input order, each of that input's shape ({@code null} where an input needs none). Runs without recording.
 */
@FunctionalInterface
public interface Backward {
  Tensor[] apply(Tensor gradOutput);
}
