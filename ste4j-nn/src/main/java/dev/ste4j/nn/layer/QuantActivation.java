package dev.ste4j.nn.layer;

import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;

/**
 * An activation that is a quantizer (Larq's {@code QuantActivation} idea; Yin et al.'s quantized ReLU): y = q(x) with
 * the quantizer's straight-through backward. Stochastic quantizers draw noise from this layer's source in training.
 */
public final class QuantActivation extends Layer implements Randomized {

  private final Quantizer quantizer;
  private Rng rng;

  public QuantActivation(Quantizer quantizer, Rng rng) {
    if (quantizer == null) {
      throw new IllegalArgumentException("QuantActivation: quantizer must be given");
    }
    this.quantizer = quantizer;
    this.rng = rng == null ? new Rng(0) : rng;
  }

  public Quantizer quantizer() {
    return quantizer;
  }

  @Override
  protected Tensor compute(Tensor x) {
    return quantizer.quantize(x, isTraining() ? rng : null);
  }

  @Override
  public Rng rng() {
    return rng;
  }

  @Override
  public void setRng(Rng rng) {
    this.rng = rng;
  }

  @Override
  public String toString() {
    return "QuantActivation(" + quantizer.describe() + ")";
  }
}
