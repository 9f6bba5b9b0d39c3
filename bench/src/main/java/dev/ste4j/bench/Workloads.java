package dev.ste4j.bench;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.store.DataStore;
import dev.ste4j.nn.data.store.Datasets;
import dev.ste4j.nn.export.ExportedModel;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.Kernels;
import dev.ste4j.tensor.kernel.PackedBits;
import dev.ste4j.tensor.ops.BinaryLinalg;
import dev.ste4j.tensor.random.Rng;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark workloads of {@code shared/bench/WORKLOADS.md}, timing exactly the work that
 * {@code pytorch_reference.py} (and {@code bench/pytorch_infer.py}) time: the same sizes, repetitions and warm-up,
 * random inputs (never zeros). The models are the library's ({@link BenchModels}: {@code Models.create}), trained by
 * the library's {@code Trainer} ({@link LibraryTraining}) and run after export ({@link ExportedInference}).
 *
 * <ul>
 *   <li>{@code gemm}: C = A·B, float32, n×n×n (n = 1024), 3 warm-up and 10 timed products; GFLOP/s with 2n³ per
 *       product.
 *   <li>{@code bnn-mlp}: 3 warm-up and 20 timed training steps of bnn-mlp, batch 256, 784 inputs, width 1024;
 *       training samples/s.
 *   <li>{@code bnn-vgg-small}: 3 warm-up and 5 timed steps of bnn-vgg-small, batch 64, 3×32×32 inputs.
 *   <li>{@code binary-dense}: 3 warm-up and 20 timed inferences sign(x)·sign(W)ᵀ, batch 64, 4096 → 4096; the weight
 *       signs are packed once beforehand, as the reference binarizes W once; inference samples/s.
 *   <li>{@code infer-bnn-mlp}: the exported bit-packed bnn-mlp predicting the 10,000 MNIST test images (standardized
 *       as {@code ste train} prepares them), 2 warm-up and 3 timed passes; inference samples/s.
 *   <li>{@code infer-bnn-vgg-small}: the exported bit-packed bnn-vgg-small on one batch of 64 random 3×32×32 inputs,
 *       2 warm-up and 20 timed passes; inference samples/s.
 * </ul>
 * A {@link Spec} may change the batch size and the width (n for gemm, the hidden width for bnn-mlp, the fan-in and
 * fan-out for binary-dense, the base channel count for bnn-vgg-small) to measure scaling.
 */
public final class Workloads {

  /** Every workload, in the order {@code all} runs them. */
  public static final List<String> NAMES = List.of("gemm", "bnn-mlp", "bnn-vgg-small", "binary-dense",
      "infer-bnn-mlp", "infer-bnn-vgg-small");

  private Workloads() {}

  /** Batch size and width of one run; 0 means the reference value. */
  public record Spec(int batch, int width) {
    public static final Spec REFERENCE = new Spec(0, 0);

    int batchOr(int reference) {
      return batch > 0 ? batch : reference;
    }

    int widthOr(int reference) {
      return width > 0 ? width : reference;
    }
  }

  /** The workloads a name stands for: one of {@link #NAMES}, or all of them for {@code all}. */
  public static List<String> resolve(String name) {
    if ("all".equals(name)) {
      return NAMES;
    }
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("unknown workload '" + name + "': expected one of " + NAMES + " or all");
    }
    return List.of(name);
  }

  /**
   * Runs one workload and returns its figure.
   *
   * @param store where {@code infer-bnn-mlp} finds MNIST (fetched into it when missing and the store fetches)
   */
  public static Result run(String name, Spec spec, DataStore store) throws IOException {
    switch (name) {
      case "gemm":
        return new Result(name, "gflops", gemm(spec.widthOr(1024), 10), 2);
      case "bnn-mlp":
        return new Result(name, "train_samples_per_s", LibraryTraining.samplesPerSecond(
            BenchModels.bnnMlp(spec.widthOr(1024)), new int[] {784}, spec.batchOr(256), 3, 20), 1);
      case "bnn-vgg-small":
        return new Result(name, "train_samples_per_s", LibraryTraining.samplesPerSecond(
            BenchModels.bnnVggSmall(spec.widthOr(64)), new int[] {3, 32, 32}, spec.batchOr(64), 3, 5), 1);
      case "binary-dense":
        return new Result(name, "infer_samples_per_s",
            binaryDense(spec.batchOr(64), spec.widthOr(4096), spec.widthOr(4096), 20), 1);
      case "infer-bnn-mlp": {
        Dataset test = Datasets.loadStandardized("mnist", store).test();
        ExportedModel m = ExportedInference.export(BenchModels.bnnMlp(spec.widthOr(1024)), "bnn-mlp",
            new int[] {784});
        return new Result(name, "infer_samples_per_s", ExportedInference.samplesPerSecond(m, test, 3), 1);
      }
      case "infer-bnn-vgg-small": {
        int[] shape = {3, 32, 32};
        ExportedModel m = ExportedInference.export(BenchModels.bnnVggSmall(spec.widthOr(64)), "bnn-vgg-small",
            shape);
        Dataset batch = LibraryTraining.randomData(shape, spec.batchOr(64), 0);
        return new Result(name, "infer_samples_per_s", ExportedInference.samplesPerSecond(m, batch, 20), 1);
      }
      default:
        throw new IllegalArgumentException("unknown workload '" + name + "': expected one of " + NAMES);
    }
  }

  /** Runs the workloads a name stands for, in order. */
  public static List<Result> runAll(String name, Spec spec, DataStore store) throws IOException {
    List<Result> out = new ArrayList<>();
    for (String w : resolve(name)) {
      out.add(run(w, spec, store));
    }
    return out;
  }

  static double gemm(int n, int reps) {
    Rng rng = new Rng(0);
    float[] a = new float[n * n];
    float[] b = new float[n * n];
    rng.fillGaussian(a, 1f);
    rng.fillGaussian(b, 1f);
    Kernels k = Kernels.get();
    for (int i = 0; i < 3; i++) {
      // Each product allocates its result, as `a @ b` does.
      k.gemm(false, false, n, n, n, a, 0, n, b, 0, n, new float[n * n], 0, n, false);
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < reps; i++) {
      k.gemm(false, false, n, n, n, a, 0, n, b, 0, n, new float[n * n], 0, n, false);
    }
    return 2.0 * n * n * n * reps / (System.nanoTime() - t0);
  }

  static double binaryDense(int batch, int fanIn, int fanOut, int reps) {
    Rng rng = new Rng(0);
    Tensor x = Tensor.randn(rng, 1f, batch, fanIn);
    float[] w = new float[fanOut * fanIn];
    rng.fillGaussian(w, 1f);
    PackedBits wb = PackedBits.pack(w, 0, fanOut, fanIn);
    for (int i = 0; i < 3; i++) {
      BinaryLinalg.binaryDense(x, wb);
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < reps; i++) {
      BinaryLinalg.binaryDense(x, wb);
    }
    return batch * (double) reps / ((System.nanoTime() - t0) / 1e9);
  }
}
