package dev.ste4j.bench;

import dev.ste4j.tensor.Tensor;
import java.util.List;

/** A benchmark model: its trainable parameters and the training loss of one batch. */
interface TrainableModel {

  /** Parameters in a fixed order (each owns its storage, so Adam updates it in place). */
  List<Tensor> parameters();

  /** Mean softmax cross-entropy of the model's logits on x against the labels, recorded for backward. */
  Tensor loss(Tensor x, int[] labels);
}
