package dev.ste4j.tensor.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Bit-packed ±1 matrices: packing convention and XNOR-popcount products equal the float products exactly. */
class PackedBitsTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 63, 64, 65, 127, 128, 200, 1000})
  void xnorGemmEqualsFloatProductOfSigns(int cols) {
    Rng rng = new Rng(cols);
    int ra = 5;
    int rb = 3;
    float[] a = new float[ra * cols];
    float[] b = new float[rb * cols];
    rng.fillUniform(a, -1f, 1f);
    rng.fillUniform(b, -1f, 1f);
    a[0] = 0f; // sign(0) = +1
    b[cols - 1] = -0f; // −0 ≥ 0 too: +1
    PackedBits pa = PackedBits.pack(a, 0, ra, cols);
    PackedBits pb = PackedBits.pack(b, 0, rb, cols);
    int[] out = new int[ra * rb];
    PackedBits.xnorGemm(pa, pb, out);
    for (int i = 0; i < ra; i++) {
      for (int j = 0; j < rb; j++) {
        int ref = 0;
        for (int c = 0; c < cols; c++) {
          ref += sign(a[i * cols + c]) * sign(b[j * cols + c]);
        }
        assertThat(out[i * rb + j]).isEqualTo(ref);
        assertThat(PackedBits.dot(pa, i, pb, j)).isEqualTo(ref);
      }
    }
    float[] unpacked = pa.unpack();
    for (int i = 0; i < a.length; i++) {
      assertThat(unpacked[i]).isEqualTo((float) sign(a[i]));
    }
  }

  private static int sign(float x) {
    return x >= 0 ? 1 : -1;
  }

  @Test
  void wrapRejectsWrongLengthsAndStrayPaddingBits() {
    assertThatThrownBy(() -> PackedBits.wrap(2, 65, new long[3])).hasMessageContaining("expected 4 words");
    long[] w = new long[2];
    w[1] = 1L << 10; // past column 65
    assertThatThrownBy(() -> PackedBits.wrap(1, 65, w)).hasMessageContaining("past column 65");
  }

  @Test
  void packingIsIndependentOfThreadCount() {
    float[] x = new float[300 * 130];
    new Rng(9).fillUniform(x, -1f, 1f);
    int before = Parallel.threads();
    try {
      Parallel.setThreads(1);
      PackedBits one = PackedBits.pack(x, 0, 300, 130);
      Parallel.setThreads(3);
      PackedBits three = PackedBits.pack(x, 0, 300, 130);
      assertThat(three).isEqualTo(one);
    } finally {
      Parallel.setThreads(before);
    }
  }
}
