package dev.ste4j.cli.command.model;

import dev.ste4j.cli.command.train.RunCheckpoint;
import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;

/**
 * A model chosen by {@link ModelOptions}: its name and configuration and, when it comes from a checkpoint, the
 * training run that made it.
 *
 * @param name the model name
 * @param config its configuration
 * @param run the checkpoint it comes from, or null for a freshly initialized model
 */
public record ChosenModel(String name, ModelConfig config, RunCheckpoint run) {

  /** The model: with the checkpoint's weights, or freshly initialized. */
  public Module build() {
    return run != null ? run.restore() : Models.create(name, config);
  }

  /** One sample's shape. */
  public int[] sampleShape() {
    return Models.inputShape(name, config);
  }

  /** What the model's raw inputs go through: the training run's preprocessing; none for a fresh model. */
  public Preprocessing preprocessing() {
    return run != null ? run.preprocessing() : Preprocessing.IDENTITY;
  }

  /** The preprocessing the checkpoint records, without loading any data: identity when it records none. */
  public Preprocessing recordedPreprocessing() {
    return run != null ? run.recorded().orElse(Preprocessing.IDENTITY) : Preprocessing.IDENTITY;
  }
}
