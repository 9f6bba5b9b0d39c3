package dev.ste4j.bench;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.BinaryLinalg;
import dev.ste4j.tensor.ops.Conv;
import dev.ste4j.tensor.ops.Loss;
import dev.ste4j.tensor.ops.Pool;
import dev.ste4j.tensor.random.Rng;
import java.util.Arrays;
import java.util.List;

/**
 * bnn-vgg-small of {@code WORKLOADS.md}: 3×3 convolutions with padding 1, each followed by BN —
 * BinaryConv(3→c, float input), BinaryConv(c→c), MaxPool 2, BinaryConv(c→2c), BinaryConv(2c→2c), MaxPool 2,
 * BinaryConv(2c→4c), BinaryConv(4c→4c), MaxPool 2, flatten, BinaryDense(4c·4·4→10), BN, softmax cross-entropy; c = 64
 * in the reference. The first convolution is float input × sign(W) on the float path; the others are packed.
 */
final class BinaryVggSmall implements TrainableModel {

  private final Tensor[] convs = new Tensor[6];
  private final BinaryBlocks.BatchNorm[] norms = new BinaryBlocks.BatchNorm[7];
  private final Tensor dense;

  BinaryVggSmall(Rng rng, int base) {
    int[] channels = {3, base, base, 2 * base, 2 * base, 4 * base, 4 * base};
    for (int i = 0; i < 6; i++) {
      convs[i] = BinaryBlocks.weight(rng, channels[i] * 9, channels[i + 1], channels[i], 3, 3);
      norms[i] = new BinaryBlocks.BatchNorm(channels[i + 1]);
    }
    dense = BinaryBlocks.weight(rng, 4 * base * 16, 10, 4 * base * 16);
    norms[6] = new BinaryBlocks.BatchNorm(10);
  }

  @Override
  public List<Tensor> parameters() {
    Tensor[] weights = Arrays.copyOf(convs, 7);
    weights[6] = dense;
    return BinaryBlocks.parameters(weights, norms);
  }

  @Override
  public Tensor loss(Tensor x, int[] labels) {
    Tensor h = norms[0].apply(Conv.conv2d(x, BinaryBlocks.sign(convs[0]), null, 1, 1));
    for (int i = 1; i < 6; i++) {
      h = norms[i].apply(BinaryLinalg.binaryConv2d(BinaryBlocks.sign(h), BinaryBlocks.sign(convs[i]), 1, 1));
      if (i % 2 == 1) {
        h = Pool.maxPool2d(h, 2, 2);
      }
    }
    h = h.reshape(h.dim(0), -1);
    h = norms[6].apply(BinaryLinalg.binaryMatmul(BinaryBlocks.sign(h), BinaryBlocks.sign(dense)));
    return Loss.softmaxCrossEntropy(h, labels);
  }
}
