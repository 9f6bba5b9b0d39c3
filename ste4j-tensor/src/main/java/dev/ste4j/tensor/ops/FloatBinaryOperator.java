package dev.ste4j.tensor.ops;

/** (float, float) → float without boxing. */
@FunctionalInterface
public interface FloatBinaryOperator {
  float apply(float a, float b);
}
