package dev.ste4j.nn.train;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.StraightThrough;
import dev.ste4j.tensor.random.Rng;

/**
 * A two-layer test network built from ops: x → x·W1 (W1 binarized by sign with the clipped STE when {@code binary})
 * + b1 → ReLU → ·W2 + b2. A buffer counts forward passes in training mode, standing in for running statistics.
 */
public final class TinyNet extends Module {

  private final Parameter w1;
  private final Parameter b1;
  private final Parameter w2;
  private final Parameter b2;
  private final float[] calls;
  private final boolean binary;

  public TinyNet(int in, int hidden, int out, boolean binary, long seed) {
    Rng rng = new Rng(seed);
    this.binary = binary;
    w1 = addParameter(new Parameter("w1", Tensor.randn(rng, (float) Math.sqrt(1.0 / in), in, hidden), binary ? 1 : 32));
    b1 = addParameter(new Parameter("b1", Tensor.zeros(hidden), 32));
    w2 = addParameter(new Parameter("w2", Tensor.randn(rng, (float) Math.sqrt(1.0 / hidden), hidden, out), 32));
    b2 = addParameter(new Parameter("b2", Tensor.zeros(out), 32));
    calls = addBuffer("calls", new float[1]);
  }

  @Override
  public Tensor forward(Tensor x) {
    if (isTraining()) {
      calls[0]++;
    }
    Tensor k = binary
        ? StraightThrough.apply("ste_sign", w1.value(), v -> v >= 0 ? 1f : -1f, v -> Math.abs(v) <= 1 ? 1f : 0f)
        : w1.value();
    Tensor h = x.reshape(x.dim(0), -1).matmul(k).add(b1.value()).relu();
    return h.matmul(w2.value()).add(b2.value());
  }

  /** Gaussian blobs: {@code classes} centres in {@code dims} dimensions, {@code n} samples, labels in order. */
  public static Dataset blobs(int n, int dims, int classes, long seed) {
    Rng rng = new Rng(seed);
    float[][] centres = new float[classes][dims];
    for (float[] c : centres) {
      rng.fillGaussian(c, 2f);
    }
    float[] x = new float[n * dims];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = rng.nextInt(classes);
      for (int d = 0; d < dims; d++) {
        x[i * dims + d] = centres[y[i]][d] + (float) rng.nextGaussian();
      }
    }
    return new Dataset("synthetic", x, y, new int[] {dims}, classes);
  }
}
