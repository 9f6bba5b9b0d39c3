package dev.ste4j.nn.layer;

import dev.ste4j.tensor.random.Rng;

/** A layer that draws noise in training from its own seeded source (dropout masks, stochastic quantizers). */
abstract class RandomizedLayer extends Layer implements Randomized {

  private Rng rng;

  RandomizedLayer(Rng rng) {
    this.rng = rng;
  }

  @Override
  public final Rng rng() {
    return rng;
  }

  @Override
  public final void setRng(Rng rng) {
    this.rng = rng;
  }
}
