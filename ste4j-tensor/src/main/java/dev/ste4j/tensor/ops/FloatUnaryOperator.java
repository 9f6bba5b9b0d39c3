package dev.ste4j.tensor.ops;

/** float → float without boxing. */
@FunctionalInterface
public interface FloatUnaryOperator {
  float apply(float x);
}
