package dev.ste4j.nn.train;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.metric.ClassificationTally;
import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.Tensor;

/** Loss and accuracy of a classifier over labelled data, in evaluation mode and without gradients. */
public final class Evaluator {

  private Evaluator() {}

  /**
   * Evaluates in file order with batches of {@code batchSize}; restores the model's training flag afterwards. The
   * figures do not depend on the batch size except through float rounding in batch-sized ops.
   */
  public static ClassificationTally evaluate(Module model, Dataset data, int batchSize) {
    return evaluate(model, data, batchSize, LossFunction.SOFTMAX_CROSS_ENTROPY);
  }

  /** As {@link #evaluate(Module, Dataset, int)}, reporting this loss. */
  public static ClassificationTally evaluate(Module model, Dataset data, int batchSize, LossFunction lossFunction) {
    boolean wasTraining = model.isTraining();
    model.train(false);
    ClassificationTally tally = new ClassificationTally();
    try (NoGrad scope = NoGrad.enter()) {
      for (int from = 0; from < data.size(); from += batchSize) {
        int n = Math.min(batchSize, data.size() - from);
        Batch b = Batch.of(data, null, from, n);
        Tensor logits = model.forward(b.input());
        float loss = lossFunction.of(logits, b.labels()).item();
        tally.add(loss, logits.contiguous().data(), b.labels());
      }
    } finally {
      model.train(wasTraining);
    }
    return tally;
  }

  /**
   * The arg-max class of every sample, in file order, in evaluation mode and without gradients, with batches of
   * {@code batchSize}; restores the model's training flag afterwards. Ties go to the lowest class index.
   */
  public static int[] predict(Module model, Dataset data, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("predict: batch size must be ≥ 1, got " + batchSize);
    }
    boolean wasTraining = model.isTraining();
    model.train(false);
    int[] out = new int[data.size()];
    try (NoGrad scope = NoGrad.enter()) {
      for (int from = 0; from < data.size(); from += batchSize) {
        int n = Math.min(batchSize, data.size() - from);
        int[] classes = model.forward(Batch.of(data, null, from, n).input()).argmax(1);
        System.arraycopy(classes, 0, out, from, n);
      }
    } finally {
      model.train(wasTraining);
    }
    return out;
  }
}
