package dev.ste4j.nn.quantizer;

/**
 * A 1-bit elementwise quantizer whose forward is sign(x) with sign(0) = +1 (and −0 → +1, NaN → −1), fixed here once
 * for ste_sign, approx_sign, swish_sign and stochastic_sign (deterministic forward); each gives its own
 * pseudo-derivative.
 */
public interface SignQuantizer extends ElementwiseQuantizer {

  @Override
  default int precision() {
    return 1;
  }

  /** Every sign quantizer's forward, deterministic or stochastic, is ±1 (NaN gives −1). */
  @Override
  default boolean emitsSigns() {
    return true;
  }

  /** +1 for x ≥ 0 (so sign(0) = sign(−0) = +1), −1 otherwise. */
  @Override
  default float forward(float x) {
    return x >= 0f ? 1f : -1f;
  }
}
