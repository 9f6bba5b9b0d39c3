package dev.ste4j.bench.jmh;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.ops.BinaryLinalg;
import dev.ste4j.tensor.ops.Conv;
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
 * One 3×3, padding-1 convolution layer of bnn-vgg-small (batch 16): float forward, float forward + backward, and the
 * packed binary forward on ±1 values.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class ConvBenchmark {

  /** channels×size: 64×32 (layer 2), 128×16 (layer 4), 256×8 (layer 6). */
  @Param({"64x32", "128x16", "256x8"})
  String layer;

  @Param({"2"})
  int threads;

  private Tensor x;
  private Tensor w;
  private Tensor xb;
  private Tensor wb;
  private Tensor g;

  @Setup
  public void setup() {
    Parallel.setThreads(threads);
    String[] p = layer.split("x");
    int c = Integer.parseInt(p[0]);
    int s = Integer.parseInt(p[1]);
    Rng rng = new Rng(1);
    x = Tensor.randn(rng, 1f, 16, c, s, s);
    w = Tensor.randn(rng, 0.1f, c, c, 3, 3);
    xb = Tensor.wrap(signs(x.toArray()), x.dims());
    wb = Tensor.wrap(signs(w.toArray()), w.dims());
    g = Tensor.randn(rng, 1f, 16, c, s, s);
  }

  private static float[] signs(float[] v) {
    float[] s = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      s[i] = v[i] >= 0 ? 1f : -1f;
    }
    return s;
  }

  @Benchmark
  public Tensor floatForward() {
    return Conv.conv2d(x, w, null, 1, 1);
  }

  @Benchmark
  public Tensor floatForwardBackward() {
    Tensor xr = x.detach().requiresGrad(true);
    Tensor wr = w.detach().requiresGrad(true);
    Conv.conv2d(xr, wr, null, 1, 1).backward(g);
    return wr.grad();
  }

  @Benchmark
  public Tensor binaryForward() {
    return BinaryLinalg.binaryConv2d(xb, wb, 1, 1);
  }
}
