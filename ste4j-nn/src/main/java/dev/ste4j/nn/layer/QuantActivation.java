package dev.ste4j.nn.layer;

import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;

/**
 * An activation that is a quantizer (Larq's {@code QuantActivation} idea; Yin et al.'s quantized ReLU): y = q(x) with
 * the quantizer's straight-through backward. Stochastic quantizers draw noise from this layer's source in training.
 */
public final class QuantActivation extends RandomizedLayer {

  private final Quantizer quantizer;

  public QuantActivation(Quantizer quantizer, Rng rng) {
    super(rng == null ? new Rng(0) : rng);
    if (quantizer == null) {
      throw new IllegalArgumentException("QuantActivation: quantizer must be given");
    }
    this.quantizer = quantizer;
  }

  public Quantizer quantizer() {
    return quantizer;
  }

  @Override
  protected Tensor compute(Tensor x) {
    return quantizer.quantize(x, isTraining() ? rng() : null);
  }

  @Override
  public String toString() {
    return "QuantActivation(" + quantizer.describe() + ")";
  }
}
