package dev.ste4j.nn.quantizer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The three straight-through estimators compared by Yin et al. (ICLR 2019) for activations that are 0 below zero:
 * the derivative of the identity, of ReLU, or of a clipped ReLU standing in for the quantizer's zero derivative.
 */
public enum SteVariant {
  /** μ'(x) = 1. */
  IDENTITY,
  /** μ'(x) = 1{x &gt; 0}. */
  RELU,
  /** μ'(x) = 1{0 &lt; x ≤ top} (top = 1 for Heaviside, α(2^b − 1) for the quantized ReLU). */
  CLIPPED_RELU;

  /** The registry spelling (identity, relu, clipped_relu). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a registry spelling; an unknown one fails naming the valid ones. */
  public static SteVariant parse(String quantizer, String value) {
    for (SteVariant v : values()) {
      if (v.key().equals(value)) {
        return v;
      }
    }
    throw new IllegalArgumentException(quantizer + ": ste=" + value + " is not one of "
        + Arrays.stream(values()).map(SteVariant::key).collect(Collectors.joining(", ")));
  }
}
