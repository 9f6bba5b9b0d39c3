package dev.ste4j.nn.train;

import dev.ste4j.nn.layer.Module;
import dev.ste4j.tensor.Tensor;
import java.util.Map;

/**
 * What the trainer asks of a particular kind of model beyond {@link Module}: constraints to apply after each step,
 * random sources to checkpoint, and extra per-epoch metrics. The defaults do nothing, which is right for a plain
 * float model.
 */
public interface ModelHooks {

  /** Runs after every optimizer step (e.g. clipping latent binary weights into [−1, 1]). */
  default void afterStep(Module model) {}

  /**
   * Extra figures for the epoch, measured on a fixed probe batch of the training data after the epoch (e.g. the
   * fraction of saturated pre-activations, the gradient mismatch). Must leave the model's weights unchanged.
   */
  default Map<String, Double> epochMetrics(Module model, Tensor probeInput, int[] probeLabels) {
    return Map.of();
  }

  /** As {@link #epochMetrics(Module, Tensor, int[])}, where a figure needs gradients of the run's loss. */
  default Map<String, Double> epochMetrics(Module model, Tensor probeInput, int[] probeLabels, LossFunction loss) {
    return epochMetrics(model, probeInput, probeLabels);
  }

  /** The states of the model's own random sources (dropout, stochastic quantizers) by name: {seed, state}. */
  default Map<String, long[]> randomState(Module model) {
    return Map.of();
  }

  /** Restores what {@link #randomState} returned. */
  default void restoreRandomState(Module model, Map<String, long[]> states) {}

  /** Hooks that do nothing. */
  static ModelHooks none() {
    return new ModelHooks() {};
  }
}
