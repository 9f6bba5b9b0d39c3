package dev.ste4j.nn.export;

import dev.ste4j.tensor.Tensor;

/** One step of a loaded model's evaluation-mode forward pass (no autograd). */
interface InferenceStep {

  Tensor apply(Tensor x);

  /** A short description for {@link ExportedModel#describe()}. */
  String describe();
}
