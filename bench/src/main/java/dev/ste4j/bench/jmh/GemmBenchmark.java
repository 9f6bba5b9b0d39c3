package dev.ste4j.bench.jmh;

import dev.ste4j.tensor.kernel.KernelSelection;
import dev.ste4j.tensor.kernel.Kernels;
import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.random.Rng;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Float GEMM C = op(A)·op(B), n×n×n, per kernel implementation, transpose case and thread count. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class GemmBenchmark {

  @Param({"256", "1024"})
  int n;

  @Param({"vector", "scalar"})
  String kernels;

  /** nn, nt (B transposed, as in a dense layer's forward) or tn (A transposed, as in a weight gradient). */
  @Param({"nn", "nt", "tn"})
  String transpose;

  @Param({"1", "2"})
  int threads;

  private Kernels k;
  private float[] a;
  private float[] b;
  private float[] c;

  @Setup
  public void setup() {
    k = KernelSelection.force(kernels).kernels();
    Parallel.setThreads(threads);
    Rng rng = new Rng(1);
    a = new float[n * n];
    b = new float[n * n];
    c = new float[n * n];
    rng.fillGaussian(a, 1f);
    rng.fillGaussian(b, 1f);
  }

  @Benchmark
  public float[] gemm() {
    k.gemm(transpose.charAt(0) == 't', transpose.charAt(1) == 't', n, n, n, a, 0, n, b, 0, n, c, 0, n, false);
    return c;
  }
}
