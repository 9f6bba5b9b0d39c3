/**
 * Quantizers: the straight-through estimators of binary and low-bit training.
 *
 * <p>A quantizer is an immutable record with a precision (bits), a registered snake_case name, its configuration and
 * a forward function whose backward uses a pseudo-derivative instead of the true (almost everywhere zero)
 * derivative. {@link dev.ste4j.nn.quantizer.Quantizers} is the one registry that maps names and parameters to
 * instances.
 *
 * <p><b>Convention, fixed once for the whole project:</b> sign(0) = +1. Every sign-like quantizer here (and
 * {@link dev.ste4j.tensor.kernel.PackedBits}) maps an exact zero to +1.
 */
package dev.ste4j.nn.quantizer;
