package dev.ste4j.tensor.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The blocked Vector API GEMM against a double-precision reference and the scalar kernels, on awkward sizes, every
 * transpose combination, leading dimensions wider than the matrix, offsets, and accumulate on or off.
 */
class GemmKernelTest {

  private static final int[] SIZES = {1, 7, 63, 64, 65};
  private final int savedThreads = Parallel.threads();

  @AfterEach
  void restoreThreads() {
    Parallel.setThreads(savedThreads);
  }

  /** One GEMM problem with padded storage: ld = cols + 3, the operand starting at offset 5. */
  private record Problem(boolean ta, boolean tb, int m, int n, int k, float[] a, int lda, float[] b, int ldb,
                         float[] c0, int ldc, boolean accumulate) {

    static final int OFF = 5;

    static Problem random(Rng rng, boolean ta, boolean tb, int m, int n, int k, boolean accumulate) {
      int lda = (ta ? m : k) + 3;
      int ldb = (tb ? k : n) + 3;
      int ldc = n + 3;
      float[] a = gaussian(rng, OFF + (ta ? k : m) * lda);
      float[] b = gaussian(rng, OFF + (tb ? n : k) * ldb);
      float[] c = gaussian(rng, OFF + m * ldc);
      return new Problem(ta, tb, m, n, k, a, lda, b, ldb, c, ldc, accumulate);
    }

    float[] run(Kernels kernels) {
      float[] c = c0.clone();
      kernels.gemm(ta, tb, m, n, k, a, OFF, lda, b, OFF, ldb, c, OFF, ldc, accumulate);
      return c;
    }

    double expected(int i, int j) {
      double s = accumulate ? c0[OFF + i * ldc + j] : 0;
      for (int p = 0; p < k; p++) {
        double x = ta ? a[OFF + p * lda + i] : a[OFF + i * lda + p];
        double y = tb ? b[OFF + j * ldb + p] : b[OFF + p * ldb + j];
        s += x * y;
      }
      return s;
    }
  }

  private static float[] gaussian(Rng rng, int n) {
    float[] v = new float[n];
    rng.fillGaussian(v, 1f);
    return v;
  }

  private static void assertMatchesReference(Problem p, float[] c, String label) {
    // Rounding error of a length-k float sum grows like k·eps·Σ|terms|; the terms are O(1) products here.
    double tol = 1e-5 * (p.k + 1) * 4 + 1e-5;
    for (int i = 0; i < p.m; i++) {
      for (int j = 0; j < p.n; j++) {
        double got = c[Problem.OFF + i * p.ldc + j];
        double want = p.expected(i, j);
        if (!(Math.abs(got - want) <= tol)) {
          fail("%s C[%d,%d] = %s, expected %s within %s", label, i, j, got, want, tol);
        }
      }
      // Padding columns of C past n must be untouched.
      for (int j = p.n; j < p.ldc && Problem.OFF + i * p.ldc + j < c.length; j++) {
        if (c[Problem.OFF + i * p.ldc + j] != p.c0[Problem.OFF + i * p.ldc + j]) {
          fail("%s wrote padding C[%d,%d]", label, i, j);
        }
      }
    }
    for (int q = 0; q < Problem.OFF; q++) {
      assertThat(c[q]).as("%s before offset", label).isEqualTo(p.c0[q]);
    }
  }

  @Test
  void everyTransposeAndAwkwardSizeMatchesReference() {
    Rng rng = new Rng(7);
    VectorKernels vector = new VectorKernels();
    ScalarKernels scalar = new ScalarKernels();
    for (boolean ta : new boolean[] {false, true}) {
      for (boolean tb : new boolean[] {false, true}) {
        for (int m : SIZES) {
          for (int n : SIZES) {
            for (int k : SIZES) {
              boolean acc = ((m + n + k) & 1) == 0;
              Problem p = Problem.random(rng, ta, tb, m, n, k, acc);
              String label = "ta=" + ta + " tb=" + tb + " " + m + "×" + n + "×" + k + " acc=" + acc;
              assertMatchesReference(p, p.run(vector), "vector " + label);
              assertMatchesReference(p, p.run(scalar), "scalar " + label);
            }
          }
        }
      }
    }
  }

  @Test
  void largeProblemsCrossEveryBlockBoundary() {
    // k of 1030–1100 crosses the k-block (1024); the rows span several tasks, the columns many panels, with ragged
    // edges everywhere.
    Rng rng = new Rng(11);
    VectorKernels vector = new VectorKernels();
    int[][] shapes = {{1000, 13, 1100}, {70, 1000, 1030}, {1, 1000, 1000}, {1000, 1, 1100}};
    for (int[] s : shapes) {
      for (boolean ta : new boolean[] {false, true}) {
        for (boolean tb : new boolean[] {false, true}) {
          Problem p = Problem.random(rng, ta, tb, s[0], s[1], s[2], true);
          assertMatchesReference(p, p.run(vector), "vector " + java.util.Arrays.toString(s) + " " + ta + tb);
        }
      }
    }
  }

  @Test
  void zeroDepthClearsOrKeepsC() {
    Rng rng = new Rng(3);
    for (Kernels kernels : new Kernels[] {new VectorKernels(), new ScalarKernels()}) {
      Problem keep = Problem.random(rng, false, false, 9, 70, 0, true);
      assertThat(keep.run(kernels)).isEqualTo(keep.c0);
      Problem clear = Problem.random(rng, false, false, 9, 70, 0, false);
      assertMatchesReference(clear, clear.run(kernels), kernels.name() + " k=0");
    }
  }

  @Test
  void bitwiseIdenticalForOneAndTwoThreads() {
    Rng rng = new Rng(5);
    // The last shape has one row strip, so its tasks split the columns instead.
    int[][] shapes = {{100, 101, 1100}, {65, 500, 64}, {500, 65, 7}, {5, 700, 30}};
    for (Kernels kernels : new Kernels[] {new VectorKernels(), new ScalarKernels()}) {
      for (int[] s : shapes) {
        for (boolean ta : new boolean[] {false, true}) {
          for (boolean tb : new boolean[] {false, true}) {
            Problem p = Problem.random(rng, ta, tb, s[0], s[1], s[2], true);
            Parallel.setThreads(1);
            float[] one = p.run(kernels);
            Parallel.setThreads(2);
            float[] two = p.run(kernels);
            Parallel.setThreads(3);
            float[] three = p.run(kernels);
            assertThat(two).as(kernels.name() + " 2 threads").isEqualTo(one);
            assertThat(three).as(kernels.name() + " 3 threads").isEqualTo(one);
          }
        }
      }
    }
  }
}
