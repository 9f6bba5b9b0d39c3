package dev.ste4j.bench;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.BinaryLinalg;
import dev.ste4j.tensor.ops.Linalg;
import dev.ste4j.tensor.ops.Loss;
import dev.ste4j.tensor.ops.Movement;
import dev.ste4j.tensor.random.Rng;
import java.util.List;

/**
 * bnn-mlp of {@code WORKLOADS.md}: BinaryDense(in→w, float input) → BN → BinaryDense(w→w) → BN → BinaryDense(w→w) →
 * BN → BinaryDense(w→10) → BN → softmax cross-entropy; no bias. The first layer multiplies float inputs by sign(W)
 * on the float GEMM; the others multiply sign(x) by sign(W) on the packed XNOR-popcount kernel.
 */
final class BinaryMlp implements TrainableModel {

  private final Tensor[] weights = new Tensor[4];
  private final BinaryBlocks.BatchNorm[] norms = new BinaryBlocks.BatchNorm[4];

  BinaryMlp(Rng rng, int inputs, int width) {
    int fanIn = inputs;
    for (int i = 0; i < 4; i++) {
      int fanOut = i == 3 ? 10 : width;
      weights[i] = BinaryBlocks.weight(rng, fanIn, fanOut, fanIn);
      norms[i] = new BinaryBlocks.BatchNorm(fanOut);
      fanIn = fanOut;
    }
  }

  @Override
  public List<Tensor> parameters() {
    return BinaryBlocks.parameters(weights, norms);
  }

  @Override
  public Tensor loss(Tensor x, int[] labels) {
    Tensor h = Linalg.matmul(x, Movement.transpose(BinaryBlocks.sign(weights[0]), 0, 1));
    h = norms[0].apply(h);
    for (int i = 1; i < 4; i++) {
      h = norms[i].apply(BinaryLinalg.binaryMatmul(BinaryBlocks.sign(h), BinaryBlocks.sign(weights[i])));
    }
    return Loss.softmaxCrossEntropy(h, labels);
  }
}
