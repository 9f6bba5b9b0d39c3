package dev.ste4j.nn.export;

import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.Parallel;
import java.util.List;

/**
 * Runs a model's inference steps over a batch as one slice of samples per thread, each slice through every step on
 * its own thread (the ops inside a slice then run serially), instead of splitting every op across the threads. At
 * inference the ops are many and short, and each split costs a hand-off and a wait for the slower thread. Measured on
 * two threads (Emerald Rapids Xeon, JDK 25): the exported bnn-vgg-small, batch 64, 1,107 → 1,908–1,983 samples/s;
 * the exported bnn-mlp on MNIST's test set, batches of 1000, 22,500 → 34,500–39,400 (two runs each). Slices of 2–16 samples, sized to keep
 * activations in L2, were slower (651–750 samples/s on one thread against 1,066 for 64): every layer call repeats
 * per-call work (weight layouts, padding corrections).
 *
 * <p>Results are bitwise those of the whole batch: at inference every op computes each sample from that sample alone
 * (batch norm uses its stored statistics; each row of a float GEMM is the same chain of FMAs for any number of rows),
 * and the slices are joined in order.
 */
final class BatchSlices {

  private BatchSlices() {}

  /** Samples per slice for a batch of n: one slice per thread, or 0 (run whole) when there are too few samples. */
  static int sliceSize(int n) {
    int threads = Parallel.threads();
    return threads < 2 || n < 2 * threads ? 0 : (n + threads - 1) / threads;
  }

  /** The steps over x in slices of {@code slice} samples (the first dimension), in parallel, then joined in order. */
  static Tensor run(List<InferenceStep> steps, Tensor x, int slice) {
    int n = x.dim(0);
    int slices = (n + slice - 1) / slice;
    float[] in = x.data();
    int inSize = in.length / n;
    float[][] outs = new float[slices][];
    int[][] outDims = new int[slices][];
    Parallel.forRange(slices, 1, (from, to) -> {
      try (var g = NoGrad.enter()) {
        for (int s = from; s < to; s++) {
          int first = s * slice;
          int count = Math.min(slice, n - first);
          float[] part = new float[count * inSize];
          System.arraycopy(in, first * inSize, part, 0, part.length);
          int[] dims = x.dims().clone();
          dims[0] = count;
          Tensor y = ResidualStep.run(steps, Tensor.wrap(part, dims));
          outs[s] = y.data();
          outDims[s] = y.dims();
        }
      }
    });
    int[] dims = outDims[0].clone();
    int outSize = outs[0].length / dims[0];
    dims[0] = n;
    float[] out = new float[n * outSize];
    for (int s = 0; s < slices; s++) {
      System.arraycopy(outs[s], 0, out, s * slice * outSize, outs[s].length);
    }
    return Tensor.wrap(out, dims);
  }
}
