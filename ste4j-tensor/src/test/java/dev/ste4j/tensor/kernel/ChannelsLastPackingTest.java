package dev.ste4j.tensor.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Pool;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The blocked, transposing channel-last packing against one bit set per value, and the bit transpose itself. */
class ChannelsLastPackingTest {

  @AfterEach
  void restore() {
    KernelSelection.force("auto");
  }

  /** Reference: bit c of pixel p's word c/64 is set where x ≥ 0 (NaN and nothing else below zero clear). */
  private static long[] naive(float[] x, int n, int c, int h, int w) {
    int wpp = PackedBits.wordsFor(c);
    int hw = h * w;
    long[] out = new long[n * hw * wpp];
    for (int s = 0; s < n; s++) {
      for (int ch = 0; ch < c; ch++) {
        for (int p = 0; p < hw; p++) {
          if (x[(s * c + ch) * hw + p] >= 0f) {
            out[(s * hw + p) * wpp + (ch >>> 6)] |= 1L << (ch & 63);
          }
        }
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"scalar", "vector"})
  void equalsOneBitPerValueOnAwkwardSizes(String kernels) {
    KernelSelection.force(kernels);
    Rng rng = new Rng(5);
    float[] specials = {0f, -0f, Float.NaN, Float.MIN_VALUE, -Float.MIN_VALUE, Float.POSITIVE_INFINITY};
    for (int c : new int[] {1, 3, 63, 64, 65, 130}) {
      for (int[] hw : new int[][] {{1, 1}, {7, 9}, {8, 8}, {5, 13}, {10, 10}}) {
        int n = 2;
        float[] x = new float[n * c * hw[0] * hw[1]];
        for (int i = 0; i < x.length; i++) {
          x[i] = i % 17 == 0 ? specials[i % specials.length] : (float) rng.nextGaussian();
        }
        assertThat(ChannelsLastPacking.pack(x, 0, n, c, hw[0], hw[1]))
            .as("c=%d, %d×%d", c, hw[0], hw[1]).isEqualTo(naive(x, n, c, hw[0], hw[1]));
      }
    }
  }

  @Test
  void readsFromAnOffset() {
    Rng rng = new Rng(6);
    float[] x = new float[5 + 70 * 9];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) rng.nextGaussian();
    }
    float[] shifted = java.util.Arrays.copyOfRange(x, 5, x.length);
    assertThat(ChannelsLastPacking.pack(x, 5, 1, 70, 3, 3)).isEqualTo(naive(shifted, 1, 70, 3, 3));
  }

  @Test
  void transposeSwapsRowsAndColumnsOfTheBitMatrix() {
    Rng rng = new Rng(7);
    long[] a = new long[64];
    for (int i = 0; i < 64; i++) {
      a[i] = rng.nextLong();
    }
    long[] t = a.clone();
    ChannelsLastPacking.transpose64(t);
    for (int r = 0; r < 64; r++) {
      for (int c = 0; c < 64; c++) {
        assertThat((t[r] >>> c) & 1L).as("(%d, %d)", r, c).isEqualTo((a[c] >>> r) & 1L);
      }
    }
  }

  /** The OR of packed windows against the float max pool of the ±1 values, then packed. */
  @Test
  void maxPoolOfPackedSignsIsThePackedFloatMaxPool() {
    Rng rng = new Rng(8);
    for (int c : new int[] {1, 5, 64, 70, 130}) {
      for (int[] g : new int[][] {{4, 4, 2, 2}, {7, 5, 2, 2}, {7, 7, 3, 2}, {5, 6, 2, 1}, {3, 3, 3, 3}}) {
        int n = 2;
        float[] x = new float[n * c * g[0] * g[1]];
        for (int i = 0; i < x.length; i++) {
          x[i] = rng.nextGaussian() >= 0 ? 1f : -1f;
        }
        Tensor pooled = Pool.maxPool2d(Tensor.wrap(x, n, c, g[0], g[1]), g[2], g[3]);
        long[] want = ChannelsLastPacking.pack(pooled.data(), 0, n, c, pooled.dim(2), pooled.dim(3));
        long[] got = ChannelsLastPacking.maxPool(ChannelsLastPacking.pack(x, 0, n, c, g[0], g[1]), n, c, g[0], g[1],
            g[2], g[3]);
        assertThat(got).as("c=%d, %s", c, java.util.Arrays.toString(g)).isEqualTo(want);
      }
    }
  }

  @Test
  void maxPoolRefusesAWindowLargerThanTheImage() {
    assertThatThrownBy(() -> ChannelsLastPacking.maxPool(new long[4], 1, 3, 2, 2, 3, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kernel 3");
  }
}
