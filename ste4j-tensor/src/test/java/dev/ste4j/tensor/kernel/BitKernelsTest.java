package dev.ste4j.tensor.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packed kernels against the float computation on the same ±1 values: integers, exactly equal — with the scalar
 * tiles and with the vector tiles (where this JDK has a vector bit count), on sizes that are not multiples of 64 bits
 * nor of the vector's words.
 */
class BitKernelsTest {

  private final int savedThreads = Parallel.threads();

  @AfterEach
  void restoreThreads() {
    Parallel.setThreads(savedThreads);
    KernelSelection.force("auto");
  }

  static float[] signs(Rng rng, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = rng.nextSign();
    }
    return v;
  }

  @ParameterizedTest
  @ValueSource(strings = {"scalar", "vector"})
  void xnorGemmEqualsFloatProductOnAwkwardSizes(String kernels) {
    KernelSelection.force(kernels);
    Rng rng = new Rng(1);
    for (int m : new int[] {1, 2, 3, 7}) {
      for (int n : new int[] {1, 3, 4, 5, 9}) {
        for (int k : new int[] {1, 7, 63, 64, 65, 700, 1000, 1601}) {
          float[] a = signs(rng, m * k);
          float[] b = signs(rng, n * k);
          float[] out = new float[3 + m * n];
          BitKernels.xnorGemm(PackedBits.pack(a, 0, m, k), PackedBits.pack(b, 0, n, k), out, 3);
          for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
              double s = 0;
              for (int p = 0; p < k; p++) {
                s += a[i * k + p] * b[j * k + p];
              }
              assertThat(out[3 + i * n + j]).as("%d×%d×%d at (%d,%d)", m, n, k, i, j).isEqualTo((float) s);
            }
          }
          int[] ints = new int[m * n];
          PackedBits.xnorGemm(PackedBits.pack(a, 0, m, k), PackedBits.pack(b, 0, n, k), ints);
          for (int q = 0; q < m * n; q++) {
            assertThat((float) ints[q]).isEqualTo(out[3 + q]);
          }
        }
      }
    }
  }

  /** Reference: zero-padded float cross-correlation in double. */
  static float[] floatConv(float[] x, int n, int c, int h, int w, float[] wt, int o, int kh, int kw, int s, int p) {
    int ho = (h + 2 * p - kh) / s + 1;
    int wo = (w + 2 * p - kw) / s + 1;
    float[] out = new float[n * o * ho * wo];
    for (int b = 0; b < n; b++) {
      for (int oc = 0; oc < o; oc++) {
        for (int oy = 0; oy < ho; oy++) {
          for (int ox = 0; ox < wo; ox++) {
            double acc = 0;
            for (int ch = 0; ch < c; ch++) {
              for (int i = 0; i < kh; i++) {
                for (int j = 0; j < kw; j++) {
                  int y = oy * s - p + i;
                  int xx = ox * s - p + j;
                  if (y >= 0 && y < h && xx >= 0 && xx < w) {
                    acc += x[((b * c + ch) * h + y) * w + xx] * wt[((oc * c + ch) * kh + i) * kw + j];
                  }
                }
              }
            }
            out[((b * o + oc) * ho + oy) * wo + ox] = (float) acc;
          }
        }
      }
    }
    return out;
  }

  @Test
  void vectorTilesAreUsedWhereTheJdkHasAVectorBitCount() {
    KernelSelection.force("scalar");
    assertThat(BitKernels.describe()).contains("scalar POPCNT");
    assertThat(BitKernels.describe().contains("by columns")).isEqualTo(KernelProvider.columnXnor());
    KernelSelection.force("vector");
    // VectorOperators.BIT_COUNT exists from JDK 19 on.
    assertThat(BitKernels.describe().startsWith("Vector API BIT_COUNT"))
        .isEqualTo(Runtime.version().feature() >= 19);
  }

  /** Both tile kinds, each with the patches by rows and by columns (the default picks one per tile kind). */
  @ParameterizedTest
  @CsvSource({"scalar, false", "scalar, true", "vector, false", "vector, true"})
  void binaryConvEqualsZeroPaddedFloatConvolution(String kernels, String byColumns) {
    KernelSelection.force(kernels);
    System.setProperty("ste4j.conv.columns", byColumns);
    try {
      binaryConvEqualsZeroPaddedFloatConvolution();
    } finally {
      System.clearProperty("ste4j.conv.columns");
    }
  }

  private static void binaryConvEqualsZeroPaddedFloatConvolution() {
    Rng rng = new Rng(2);
    int[][] cases = { // n, c, h, w, o, kh, kw, stride, pad
        {2, 1, 5, 7, 3, 3, 3, 1, 1}, {1, 3, 6, 5, 5, 3, 3, 1, 2}, {2, 64, 4, 4, 4, 3, 3, 1, 1},
        {1, 65, 5, 3, 7, 3, 2, 2, 1}, {1, 130, 3, 4, 9, 3, 3, 1, 0}, {3, 7, 9, 9, 6, 1, 1, 2, 0},
        {2, 200, 5, 6, 5, 3, 3, 1, 1}, {2, 64, 8, 7, 6, 3, 3, 1, 1}, {1, 128, 9, 9, 5, 3, 3, 1, 1}};
    for (int[] t : cases) {
      float[] x = signs(rng, t[0] * t[1] * t[2] * t[3]);
      float[] wt = signs(rng, t[4] * t[1] * t[5] * t[6]);
      float[] want = floatConv(x, t[0], t[1], t[2], t[3], wt, t[4], t[5], t[6], t[7], t[8]);
      float[] got = new float[want.length];
      BitKernels.conv2d(ChannelsLastPacking.pack(x, 0, t[0], t[1], t[2], t[3]), t[0], t[1], t[2], t[3],
          ChannelsLastPacking.pack(wt, 0, t[4], t[1], t[5], t[6]), t[4], t[5], t[6], t[7], t[8], got);
      assertThat(got).as(java.util.Arrays.toString(t)).isEqualTo(want);
      // The same outputs handed over sample by sample from a buffer of the thread.
      float[] sunk = new float[want.length];
      BitKernels.conv2d(ChannelsLastPacking.pack(x, 0, t[0], t[1], t[2], t[3]), t[0], t[1], t[2], t[3],
          ChannelsLastPacking.pack(wt, 0, t[4], t[1], t[5], t[6]), t[4], t[5], t[6], t[7], t[8],
          (sample, y, planes, plane) -> System.arraycopy(y, 0, sunk, sample * planes * plane, planes * plane));
      assertThat(sunk).as("sink " + java.util.Arrays.toString(t)).isEqualTo(want);
    }
  }

  @Test
  void bitwiseIdenticalForOneAndTwoThreads() {
    Rng rng = new Rng(3);
    float[] a = signs(rng, 37 * 300);
    float[] b = signs(rng, 129 * 300);
    float[] x = signs(rng, 5 * 70 * 6 * 6);
    float[] wt = signs(rng, 9 * 70 * 9);
    float[][] results = new float[2][];
    float[][] convs = new float[2][];
    for (int t = 1; t <= 2; t++) {
      Parallel.setThreads(t);
      results[t - 1] = new float[37 * 129];
      BitKernels.xnorGemm(PackedBits.pack(a, 0, 37, 300), PackedBits.pack(b, 0, 129, 300), results[t - 1], 0);
      convs[t - 1] = new float[5 * 9 * 36];
      BitKernels.conv2d(ChannelsLastPacking.pack(x, 0, 5, 70, 6, 6), 5, 70, 6, 6,
          ChannelsLastPacking.pack(wt, 0, 9, 70, 3, 3), 9, 3, 3, 1, 1, convs[t - 1]);
    }
    assertThat(results[1]).isEqualTo(results[0]);
    assertThat(convs[1]).isEqualTo(convs[0]);
  }

  @Test
  void columnKernelEqualsTheTilesAcrossChunksAndThreadCounts() {
    // B rows 64 (the smallest it takes), 1500 (a full chunk and a ragged one) and 2048 (two full chunks);
    // k across word boundaries, including a last word with 32 bits or fewer.
    Rng rng = new Rng(9);
    int[][] shapes = {{3, 64, 65}, {5, 1500, 700}, {64, 2048, 96}, {1, 1025, 31}};
    for (int[] s : shapes) {
      int m = s[0];
      int n = s[1];
      PackedBits a = randomRows(rng, m, s[2]);
      PackedBits b = randomRows(rng, n, s[2]);
      float[] want = new float[1 + m * n];
      BitKernels.tileGemm(a, b, want, 1, ScalarBitTiles.INSTANCE);
      for (int t = 1; t <= 3; t++) {
        Parallel.setThreads(t);
        float[] got = new float[1 + m * n];
        ColumnXnor.gemm(a, b, got, 1);
        assertThat(got).as("%s, %d threads", java.util.Arrays.toString(s), t).isEqualTo(want);
      }
    }
  }

  @Test
  void blocksOfRowsOfAChangeNoCount() {
    Rng rng = new Rng(17);
    int[][] shapes = {{7, 9, 130}, {33, 20, 64}, {64, 41, 700}};
    for (int[] s : shapes) {
      int m = s[0];
      int n = s[1];
      PackedBits a = randomRows(rng, m, s[2]);
      PackedBits b = randomRows(rng, n, s[2]);
      float[] want = new float[m * n];
      BitKernels.tileGemm(a, b, want, 0, ScalarBitTiles.INSTANCE, m);
      for (int rows : new int[] {1, 2, 3, 6, 16}) {
        for (int t = 1; t <= 3; t++) {
          try (Parallel.Scope scope = Parallel.withThreads(t)) {
            float[] got = new float[m * n];
            BitKernels.tileGemm(a, b, got, 0, ScalarBitTiles.INSTANCE, rows);
            assertThat(got).as("%s, blocks of %d rows, %d threads", java.util.Arrays.toString(s), rows, t)
                .isEqualTo(want);
          }
        }
      }
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          assertThat(want[i * n + j]).isEqualTo(PackedBits.dot(a, i, b, j));
        }
      }
    }
  }

  /** {@code rows} random ±1 rows of {@code k} bits each, packed. */
  private static PackedBits randomRows(Rng rng, int rows, int k) {
    return PackedBits.pack(signs(rng, rows * k), 0, rows, k);
  }
}
