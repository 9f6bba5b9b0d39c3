package dev.ste4j.tensor.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.PackedBits;
import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.random.Rng;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packed ops against the float ops on the same ±1 values: forward exactly equal, backward equal to the float
 * backward; non-contiguous views, padding, and 1 vs 2 threads bitwise.
 */
class BinaryLinalgTest {

  private final int savedThreads = Parallel.threads();

  @AfterEach
  void restoreThreads() {
    Parallel.setThreads(savedThreads);
  }

  private static Tensor signs(Rng rng, int... dims) {
    Tensor t = Tensor.randn(rng, 1f, dims);
    return Tensor.wrap(Elementwise.map("sign", t, v -> v >= 0 ? 1f : -1f, v -> 0f).toArray(), dims);
  }

  private static void assertClose(Tensor got, Tensor want, String what) {
    assertThat(got.shape()).isEqualTo(want.shape());
    float[] g = got.toArray();
    float[] w = want.toArray();
    for (int i = 0; i < g.length; i++) {
      assertThat(g[i]).as("%s[%d]", what, i).isCloseTo(w[i], within(1e-4f * (1 + Math.abs(w[i]))));
    }
  }

  /**
   * The packed op's output y and the float op on the same inputs (built by ref after y's backward) agree for the output
   * gradient g: forward exactly, input and weight gradients within {@link #assertClose}.
   */
  private static void assertMatchesFloat(Tensor y, Tensor g, Tensor x, Tensor w, Supplier<Tensor> ref, String label) {
    y.backward(g);
    Tensor gx = x.grad();
    Tensor gw = w.grad();
    x.zeroGrad();
    w.zeroGrad();
    Tensor want = ref.get();
    want.backward(g);
    assertThat(y.toArray()).as("forward %s", label).isEqualTo(want.toArray());
    assertClose(gx, x.grad(), "grad x");
    assertClose(gw, w.grad(), "grad w");
  }

  @Test
  void binaryMatmulMatchesFloatMatmulForwardAndBackward() {
    Rng rng = new Rng(4);
    for (int[] s : new int[][] {{1, 1, 1}, {7, 65, 3}, {5, 63, 64}, {3, 130, 9}}) {
      // x arrives as a transposed (non-contiguous) view, as a layer's activations might.
      Tensor xt = signs(rng, s[1], s[0]).requiresGrad(true);
      Tensor w = signs(rng, s[2], s[1]).requiresGrad(true);
      Tensor g = Tensor.randn(rng, 1f, s[0], s[2]);
      Tensor y = BinaryLinalg.binaryMatmul(xt.transpose(0, 1), w);
      assertMatchesFloat(y, g, xt, w, () -> Linalg.matmul(xt.transpose(0, 1), w.transpose(0, 1)),
          java.util.Arrays.toString(s));
    }
  }

  @Test
  void binaryConvMatchesZeroPaddedFloatConvolution() {
    Rng rng = new Rng(5);
    int[][] cases = {{2, 3, 5, 6, 4, 3, 1, 1}, {1, 65, 4, 4, 5, 3, 1, 1}, {2, 8, 7, 5, 3, 3, 2, 2}, {1, 2, 3, 3, 2, 2, 1, 0}};
    for (int[] t : cases) { // n, c, h, w, o, k, stride, pad
      Tensor x = signs(rng, t[0], t[1], t[2], t[3]).requiresGrad(true);
      Tensor w = signs(rng, t[4], t[1], t[5], t[5]).requiresGrad(true);
      Tensor y = BinaryLinalg.binaryConv2d(x, w, t[6], t[7]);
      Tensor g = Tensor.randn(rng, 1f, y.dims());
      assertMatchesFloat(y, g, x, w, () -> Conv.conv2d(x, w, null, t[6], t[7]), java.util.Arrays.toString(t));
    }
  }

  @Test
  void binaryDenseBinarizesInputsWithSignOfZeroPlusOne() {
    Rng rng = new Rng(6);
    Tensor x = Tensor.randn(rng, 1f, 3, 70);
    float[] xs = x.toArray();
    xs[0] = 0f;
    xs[1] = -0f;
    x = Tensor.wrap(xs, 3, 70);
    Tensor w = signs(rng, 5, 70);
    Tensor y = BinaryLinalg.binaryDense(x, PackedBits.pack(w.toArray(), 0, 5, 70));
    Tensor xb = Tensor.wrap(Elementwise.map("sign", x, v -> v >= 0 ? 1f : -1f, v -> 0f).toArray(), 3, 70);
    assertThat(y.toArray()).isEqualTo(Linalg.matmul(xb, w.transpose(0, 1)).toArray());
  }

  @Test
  void rejectsValuesOtherThanPlusMinusOne() {
    Tensor x = Tensor.of(new float[] {1f, -1f, 0.5f, 1f}, 2, 2);
    Tensor w = Tensor.of(new float[] {1f, 1f}, 1, 2);
    assertThatThrownBy(() -> BinaryLinalg.binaryMatmul(x, w))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("element 2 is 0.5");
    assertThatThrownBy(() -> BinaryLinalg.binaryMatmul(w, x.reshape(4, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same K");
  }

  @Test
  void floatAndBinaryConvolutionBitwiseIdenticalForOneAndTwoThreads() {
    Rng rng = new Rng(7);
    Tensor x = Tensor.randn(rng, 1f, 9, 5, 12, 12);
    Tensor w = Tensor.randn(rng, 1f, 6, 5, 3, 3);
    Tensor xb = signs(rng, 9, 5, 12, 12);
    Tensor wb = signs(rng, 6, 5, 3, 3);
    float[][][] runs = new float[2][][];
    for (int t = 1; t <= 2; t++) {
      Parallel.setThreads(t);
      Tensor xr = x.detach().requiresGrad(true);
      Tensor wr = w.detach().requiresGrad(true);
      Tensor y = Conv.conv2d(xr, wr, null, 1, 1);
      y.backward(Tensor.ones(y.dims()).mul(0.5f).add(y.mul(0.01f).detach()));
      Tensor xbr = xb.detach().requiresGrad(true);
      Tensor wbr = wb.detach().requiresGrad(true);
      Tensor yb = BinaryLinalg.binaryConv2d(xbr, wbr, 1, 1);
      yb.backward(y.detach());
      runs[t - 1] = new float[][] {y.toArray(), xr.grad().toArray(), wr.grad().toArray(), yb.toArray(),
          xbr.grad().toArray(), wbr.grad().toArray()};
    }
    for (int i = 0; i < runs[0].length; i++) {
      assertThat(runs[1][i]).as("result %d", i).isEqualTo(runs[0][i]);
    }
  }
}
