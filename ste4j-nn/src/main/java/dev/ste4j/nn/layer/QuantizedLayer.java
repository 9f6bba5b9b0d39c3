package dev.ste4j.nn.layer;

import dev.ste4j.nn.quantizer.Quantizer;
import java.util.Optional;

/**
 * What quantized dense and convolution layers share: an input quantizer, a kernel quantizer and a kernel constraint
 * (|w| ≤ clip, applied after each optimizer step), latent float weights quantized on read, and a switch to evaluate
 * with the latent weights instead.
 */
public interface QuantizedLayer extends Randomized {

  /** Quantizer applied to the layer's input, or null for a float input. */
  Quantizer inputQuantizer();

  /** Quantizer applied to the latent kernel on each read, or null for a float kernel. */
  Quantizer kernelQuantizer();

  /** The kernel clip c of the constraint |w| ≤ c, or NaN for none. */
  float kernelClip();

  /** The latent kernel parameter. */
  Parameter kernel();

  /** The bias parameter, or null. */
  Parameter bias();

  /** Clips the latent kernel into [−clip, clip] in place (no-op without a clip); optimizers call this after a step. */
  void applyConstraint();

  /** With true, forward uses the latent float kernel instead of its quantized value (inputs are still quantized). */
  void useLatentWeights(boolean latent);

  boolean usesLatentWeights();

  /** Precision of the values entering the multiply-accumulates: the input quantizer's, or 32. */
  default int inputPrecision() {
    return inputQuantizer() == null ? 32 : inputQuantizer().precision();
  }

  /** Precision of the kernel as used in the forward: the kernel quantizer's, or 32. */
  default int kernelPrecision() {
    return kernelQuantizer() == null || usesLatentWeights() ? 32 : kernelQuantizer().precision();
  }

  /** A warning when a binary kernel has no clip (its latent weights can grow without bound and stop flipping). */
  default Optional<String> warning() {
    Quantizer k = kernelQuantizer();
    if (k != null && k.precision() == 1 && Float.isNaN(kernelClip())) {
      return Optional.of(this + ": binary kernel quantizer " + k.name()
          + " without a kernel clip; latent weights can grow without bound and stop flipping (set a clip, e.g. 1)");
    }
    return Optional.empty();
  }
}
