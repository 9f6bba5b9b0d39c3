package dev.ste4j.tensor.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.tensor.random.Rng;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scalar and vector kernels side by side on awkward sizes; both against a double-precision reference. */
class KernelsTest {

  static final int[] SIZES = {1, 7, 15, 16, 17, 63, 64, 65, 1000};

  static List<Kernels> implementations() {
    return List.of(new ScalarKernels(), new VectorKernels());
  }

  static Stream<Arguments> gemmShapes() {
    return Stream.of(
        Arguments.of(1, 1, 1), Arguments.of(7, 5, 3), Arguments.of(17, 33, 65), Arguments.of(64, 64, 64),
        Arguments.of(3, 100, 1), Arguments.of(65, 9, 130));
  }

  @ParameterizedTest
  @MethodSource("gemmShapes")
  void gemmMatchesDoubleReferenceForEveryTransposeCombination(int m, int n, int k) {
    Rng rng = new Rng(m * 1000L + n * 10L + k);
    for (boolean ta : new boolean[] {false, true}) {
      for (boolean tb : new boolean[] {false, true}) {
        // Operands with padding beyond the logical width (leading dimension larger than needed) and an offset.
        int lda = (ta ? m : k) + 3;
        int ldb = (tb ? k : n) + 2;
        int ldc = n + 1;
        float[] a = new float[5 + (ta ? k : m) * lda];
        float[] b = new float[4 + (tb ? n : k) * ldb];
        rng.fillUniform(a, -1f, 1f);
        rng.fillUniform(b, -1f, 1f);
        float[] c0 = new float[2 + m * ldc];
        rng.fillUniform(c0, -1f, 1f);
        for (boolean acc : new boolean[] {false, true}) {
          double[] ref = new double[m * n];
          for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
              double s = acc ? c0[2 + i * ldc + j] : 0;
              for (int p = 0; p < k; p++) {
                double av = ta ? a[5 + p * lda + i] : a[5 + i * lda + p];
                double bv = tb ? b[4 + j * ldb + p] : b[4 + p * ldb + j];
                s += av * bv;
              }
              ref[i * n + j] = s;
            }
          }
          for (Kernels kern : implementations()) {
            float[] c = c0.clone();
            kern.gemm(ta, tb, m, n, k, a, 5, lda, b, 4, ldb, c, 2, ldc, acc);
            for (int i = 0; i < m; i++) {
              for (int j = 0; j < n; j++) {
                assertThat((double) c[2 + i * ldc + j]).as(kern.name() + " ta=" + ta + " tb=" + tb + " acc=" + acc)
                    .isCloseTo(ref[i * n + j], within(1e-5 * k + 1e-5));
              }
              // Padding columns untouched.
              assertThat(c[2 + i * ldc + n]).isEqualTo(c0[2 + i * ldc + n]);
            }
          }
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("sizes")
  void vectorOpsMatchScalarOnAwkwardSizes(int n) {
    Rng rng = new Rng(n);
    float[] a = new float[n + 3];
    float[] b = new float[n + 5];
    rng.fillUniform(a, -1f, 1f);
    rng.fillUniform(b, -1f, 1f);
    Kernels s = new ScalarKernels();
    Kernels v = new VectorKernels();
    double tol = 1e-6 * n + 1e-6;
    assertThat((double) v.dot(a, 3, b, 5, n)).isCloseTo(s.dot(a, 3, b, 5, n), within(tol));
    assertThat((double) v.sum(a, 2, n)).isCloseTo(s.sum(a, 2, n), within(tol));
    float[] o1 = new float[n];
    float[] o2 = new float[n];
    s.add(a, 1, b, 2, o1, 0, n);
    v.add(a, 1, b, 2, o2, 0, n);
    assertThat(o2).containsExactly(o1);
    s.mul(a, 1, b, 2, o1, 0, n);
    v.mul(a, 1, b, 2, o2, 0, n);
    assertThat(o2).containsExactly(o1);
    s.scale(0.5f, a, 3, o1, 0, n);
    v.scale(0.5f, a, 3, o2, 0, n);
    assertThat(o2).containsExactly(o1);
    float[] y1 = b.clone();
    float[] y2 = b.clone();
    s.axpy(0.3f, a, 0, y1, 1, n);
    v.axpy(0.3f, a, 0, y2, 1, n);
    for (int i = 0; i < y1.length; i++) {
      assertThat(y2[i]).isCloseTo(y1[i], within(1e-6f));
    }
  }

  static Stream<Integer> sizes() {
    return java.util.Arrays.stream(SIZES).boxed();
  }
}
