package dev.ste4j.tensor.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The vector packings (the vector tiles' on JDKs with a lane-wise bit count; the packing tiles' on any JDK with the
 * Vector API) equal the scalar one, word for word, on awkward sizes.
 */
class PackRowTest {

  @Test
  void vectorPackingEqualsScalarPacking() {
    BitTiles vector = VectorBitTiles.create();
    assumeTrue(vector != null, "this JDK's Vector API has no lane-wise bit count: the vector tiles are not used");
    packsAsTheScalarLoop(vector);
  }

  @Test
  void packingTilesPackAsTheScalarLoopAndCountAsTheScalarTiles() {
    BitTiles packing = VectorPackingTiles.create();
    assertThat(packing).as("the Vector API is on the test class path").isNotNull();
    packsAsTheScalarLoop(packing);
    Rng rng = new Rng(6);
    long[] a = new long[2 * 3];
    long[] b = new long[4 * 3];
    for (int i = 0; i < a.length; i++) {
      a[i] = rng.nextLong();
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = rng.nextLong();
    }
    float[] want = new float[8];
    float[] got = new float[8];
    ScalarBitTiles.INSTANCE.tile2x4(a, 0, b, 0, 3, 190, want, 0, 4);
    packing.tile2x4(a, 0, b, 0, 3, 190, got, 0, 4);
    assertThat(got).isEqualTo(want);
  }

  private static void packsAsTheScalarLoop(BitTiles vector) {
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

  /**
   * Between two ends, by definition, for every implementation (the vector tiles' on JDKs that have them): finite
   * ends, and the half-open ones a folded batch norm gives (x ≥ lo, x ≤ hi), with NaN and infinities among the values.
   */
  @Test
  void packingBetweenTwoEndsSetsTheBitsOfValuesInside() {
    Rng rng = new Rng(5);
    BitTiles vector = VectorBitTiles.create();
    BitTiles packing = VectorPackingTiles.create();
    float[][] ends = {{-3f, 5f}, {-3f, Float.POSITIVE_INFINITY}, {Float.NEGATIVE_INFINITY, 5f}, {0f,
        Float.POSITIVE_INFINITY}, {Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}};
    for (float[] end : ends) {
      float lo = end[0];
      float hi = end[1];
      for (int n : new int[] {1, 7, 63, 64, 65, 127, 128, 200, 1000}) {
        float[] x = new float[n + 3];
        for (int i = 0; i < x.length; i++) {
          x[i] = (float) Math.rint(8 * rng.nextGaussian());
        }
        x[3 + n / 2] = Float.NaN;
        x[3 + n / 3] = Float.POSITIVE_INFINITY;
        x[3 + n / 4] = Float.NEGATIVE_INFINITY;
        long[] want = new long[(n + 63) / 64 + 1];
        for (int j = 0; j < n; j++) {
          float v = x[3 + j];
          if (v >= lo && v <= hi) {
            want[1 + j / 64] |= 1L << (j % 64);
          }
        }
        String where = "[" + lo + ", " + hi + "], n=" + n;
        long[] scalar = new long[want.length];
        ScalarBitTiles.INSTANCE.packRowBetween(x, 3, n, lo, hi, scalar, 1);
        assertThat(scalar).as("scalar, %s", where).isEqualTo(want);
        if (vector != null) {
          long[] got = new long[want.length];
          vector.packRowBetween(x, 3, n, lo, hi, got, 1);
          assertThat(got).as("vector, %s", where).isEqualTo(want);
        }
        long[] packed = new long[want.length];
        packing.packRowBetween(x, 3, n, lo, hi, packed, 1);
        assertThat(packed).as("packing tiles, %s", where).isEqualTo(want);
      }
    }
  }

  /** Ends of their own per value, by definition, on every tile kind, with NaN, −0 and values at the ends. */
  @Test
  void packingWithinPerValueEndsSetsTheBitsOfValuesInside() {
    List<BitTiles> kinds = new ArrayList<>(List.of(ScalarBitTiles.INSTANCE, VectorPackingTiles.create()));
    if (VectorBitTiles.create() != null) {
      kinds.add(VectorBitTiles.create());
    }
    Rng rng = new Rng(7);
    for (int n : new int[] {1, 7, 63, 64, 65, 127, 128, 200, 1000}) {
      float[] x = new float[n + 3];
      float[] lo = new float[n];
      float[] hi = new float[n];
      for (int j = 0; j < n; j++) {
        x[3 + j] = (float) Math.rint(4 * rng.nextGaussian());
        lo[j] = (float) Math.rint(3 * rng.nextGaussian());
        hi[j] = j % 5 == 0 ? Float.POSITIVE_INFINITY : lo[j] + (float) Math.rint(3 * Math.abs(rng.nextGaussian()));
      }
      x[3 + n / 2] = Float.NaN;
      x[3 + n / 3] = -0f;
      lo[n / 3] = 0f;
      x[3 + n - 1] = hi[n - 1]; // on an end: inside
      long[] want = new long[(n + 63) / 64 + 1];
      for (int j = 0; j < n; j++) {
        float v = x[3 + j];
        if (v >= lo[j] && v <= hi[j]) {
          want[1 + j / 64] |= 1L << (j % 64);
        }
      }
      for (BitTiles t : kinds) {
        long[] got = new long[want.length];
        java.util.Arrays.fill(got, -1L); // the words are set, not ORed into
        got[0] = 0L;
        t.packRowWithin(x, 3, n, lo, hi, got, 1);
        assertThat(got).as("%s, n=%d", t.name(), n).isEqualTo(want);
      }
    }
  }
}
