package dev.ste4j.bench.jmh;

import dev.ste4j.tensor.kernel.BitKernels;
import dev.ste4j.tensor.kernel.PackedBits;
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

/**
 * The binary-dense shape: sign(x)[batch × k] · sign(W)[k × k]ᵀ with W packed once; {@code packAndMultiply} includes
 * packing x, {@code multiply} is the XNOR-popcount GEMM alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class XnorGemmBenchmark {

  @Param({"64"})
  int batch;

  @Param({"1024", "4096"})
  int k;

  @Param({"1", "2"})
  int threads;

  private float[] x;
  private PackedBits xb;
  private PackedBits wb;
  private float[] out;

  @Setup
  public void setup() {
    Parallel.setThreads(threads);
    Rng rng = new Rng(1);
    x = new float[batch * k];
    float[] w = new float[k * k];
    rng.fillGaussian(x, 1f);
    rng.fillGaussian(w, 1f);
    xb = PackedBits.pack(x, 0, batch, k);
    wb = PackedBits.pack(w, 0, k, k);
    out = new float[batch * k];
  }

  @Benchmark
  public float[] multiply() {
    BitKernels.xnorGemm(xb, wb, out, 0);
    return out;
  }

  @Benchmark
  public float[] packAndMultiply() {
    BitKernels.xnorGemm(PackedBits.pack(x, 0, batch, k), wb, out, 0);
    return out;
  }
}
