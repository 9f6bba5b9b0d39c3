package dev.ste4j.nn.layer;

import dev.ste4j.tensor.random.Rng;

/**
 * A module that draws random numbers in training (dropout masks, stochastic quantizer noise). Its source can be read
 * and replaced so that checkpoints save {@code rng().seed()} and {@code rng().state()} and restore them with
 * {@link Rng#restore}; {@link Layers#seed} gives every such module of a model its own split of one seed.
 */
public interface Randomized {

  Rng rng();

  void setRng(Rng rng);
}
