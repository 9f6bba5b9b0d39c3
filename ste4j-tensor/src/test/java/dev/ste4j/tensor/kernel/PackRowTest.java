package dev.ste4j.tensor.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/** The vector packing (JDKs with a lane-wise bit count) equals the scalar one, word for word, on awkward sizes. */
class PackRowTest {

  @Test
  void vectorPackingEqualsScalarPacking() {
    BitTiles vector = VectorBitTiles.create();
    assumeTrue(vector != null, "this JDK's Vector API has no lane-wise bit count: the vector tiles are not used");
    Rng rng = new Rng(4);
    float[] specials = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -Float.MIN_VALUE};
    for (int n : new int[] {1, 7, 63, 64, 65, 127, 128, 200, 1000}) {
      float[] x = new float[n + 3];
      rng.fillGaussian(x, 1f);
      for (int i = 0; i < specials.length && i < n; i++) {
        x[3 + (i * 37) % n] = specials[i];
      }
      int words = (n + 63) / 64;
      long[] a = new long[words + 1];
      long[] b = new long[words + 1];
      ScalarBitTiles.INSTANCE.packRow(x, 3, n, a, 1);
      vector.packRow(x, 3, n, b, 1);
      assertThat(b).as("n=%d", n).isEqualTo(a);
    }
  }

  /** Between two ends, by definition, for both implementations; the vector one on JDKs that have it. */
  @Test
  void packingBetweenTwoEndsSetsTheBitsOfValuesInside() {
    Rng rng = new Rng(5);
    BitTiles vector = VectorBitTiles.create();
    for (int n : new int[] {1, 7, 63, 64, 65, 127, 128, 200, 1000}) {
      float[] x = new float[n + 3];
      for (int i = 0; i < x.length; i++) {
        x[i] = (float) Math.rint(8 * rng.nextGaussian());
      }
      x[3 + n / 2] = Float.NaN;
      float lo = -3f;
      float hi = 5f;
      long[] want = new long[(n + 63) / 64 + 1];
      for (int j = 0; j < n; j++) {
        float v = x[3 + j];
        if (v >= lo && v <= hi) {
          want[1 + j / 64] |= 1L << (j % 64);
        }
      }
      long[] scalar = new long[want.length];
      ScalarBitTiles.INSTANCE.packRowBetween(x, 3, n, lo, hi, scalar, 1);
      assertThat(scalar).as("scalar, n=%d", n).isEqualTo(want);
      if (vector != null) {
        long[] got = new long[want.length];
        vector.packRowBetween(x, 3, n, lo, hi, got, 1);
        assertThat(got).as("vector, n=%d", n).isEqualTo(want);
      }
    }
  }
}
