package dev.ste4j.tensor;

import dev.ste4j.tensor.ops.Conv;
import dev.ste4j.tensor.ops.Loss;
import dev.ste4j.tensor.ops.Norm;
import dev.ste4j.tensor.ops.Pool;
import dev.ste4j.tensor.ops.StraightThrough;
import dev.ste4j.tensor.random.Rng;
import java.util.List;

/**
 * A small convolutional network built directly from engine ops, with a binary (sign, clipped STE) activation in the
 * middle, trained with plain SGD: enough to exercise every parallel kernel path in one training step.
 */
final class TinyNet {

  final Tensor conv1;
  final Tensor conv2;
  final Tensor dense;
  final Tensor bias;
  final float[] runMean = new float[8];
  final float[] runVar = new float[8];

  TinyNet(Rng rng) {
    conv1 = Tensor.randn(rng, 0.3f, 8, 3, 3, 3).requiresGrad(true);
    conv2 = Tensor.randn(rng, 0.2f, 8, 8, 3, 3).requiresGrad(true);
    dense = Tensor.randn(rng, 0.05f, 8 * 8 * 8, 10).requiresGrad(true);
    bias = Tensor.zeros(10).requiresGrad(true);
    java.util.Arrays.fill(runVar, 1f);
  }

  List<Tensor> parameters() {
    return List.of(conv1, conv2, dense, bias);
  }

  Tensor loss(Tensor x, int[] labels) {
    Tensor h = Conv.conv2d(x, conv1, null, 1, 1);
    h = Norm.batchNorm(h, null, null, runMean, runVar, true, 0.1f, 1e-5f);
    h = StraightThrough.apply("ste_sign", h, v -> v >= 0 ? 1f : -1f, v -> Math.abs(v) <= 1 ? 1f : 0f);
    h = Conv.conv2d(h, conv2, null, 1, 1).relu();
    h = Pool.maxPool2d(h, 2, 2);
    h = h.reshape(x.dim(0), -1).matmul(dense).add(bias);
    return Loss.softmaxCrossEntropy(h, labels);
  }

  void sgdStep(Tensor x, int[] labels, float lr) {
    Tensor l = loss(x, labels);
    l.backward();
    try (var s = NoGrad.enter()) {
      for (Tensor p : parameters()) {
        float[] d = p.data();
        float[] g = p.grad().data();
        for (int i = 0; i < d.length; i++) {
          d[i] -= lr * g[i];
        }
        p.zeroGrad();
      }
    }
  }

  static Tensor inputs(Rng rng, int n) {
    return Tensor.randn(rng, 1f, n, 3, 16, 16);
  }

  static int[] labels(Rng rng, int n) {
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = rng.nextInt(10);
    }
    return y;
  }

  /** The parameter values, as raw arrays to compare bitwise. */
  static float[][] snapshot(TinyNet net) {
    return net.parameters().stream().map(Tensor::toArray).toArray(float[][]::new);
  }
}
