package dev.ste4j.nn.layer;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;

/**
 * Inverted dropout (Srivastava et al. 2014): in training each value is kept with probability 1 − p and scaled by
 * 1/(1 − p), else zeroed, with a mask drawn from this layer's seeded {@link Rng}; identity in evaluation.
 */
public final class Dropout extends RandomizedLayer {

  private final float p;

  public Dropout(float p, Rng rng) {
    super(rng);
    if (!(p >= 0 && p < 1)) {
      throw new IllegalArgumentException("Dropout: p must be in [0, 1), got " + p);
    }
    this.p = p;
  }

  @Override
  protected Tensor compute(Tensor x) {
    if (!isTraining() || p == 0f) {
      return x;
    }
    float[] mask = new float[x.size()];
    float keep = 1f / (1f - p);
    Rng rng = rng();
    for (int i = 0; i < mask.length; i++) {
      mask[i] = rng.nextDouble() < p ? 0f : keep;
    }
    return x.mul(Tensor.wrap(mask, x.dims()));
  }

  public float p() {
    return p;
  }

  @Override
  public String toString() {
    return "Dropout(" + p + ")";
  }
}
