package dev.ste4j.tensor.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every tile kind writes the same ±1 products bits − 2·count, at any offset and length. */
class TileProductsTest {

  @Test
  void everyTileKindWritesTheScalarProducts() {
    List<BitTiles> kinds = new ArrayList<>(List.of(ScalarBitTiles.INSTANCE));
    if (VectorBitTiles.create() != null) {
      kinds.add(VectorBitTiles.create());
    }
    kinds.add(VectorPackingTiles.create());
    Rng rng = new Rng(11);
    for (int len : new int[] {1, 15, 16, 17, 100, 1024}) {
      int bits = 1 + (int) (rng.nextLong() >>> 40); // up to 2^24: every product is exact in float
      int[] counts = new int[len];
      for (int j = 0; j < len; j++) {
        counts[j] = (int) ((rng.nextLong() >>> 1) % (bits + 1));
      }
      float[] want = new float[len + 3];
      for (int j = 0; j < len; j++) {
        want[3 + j] = bits - 2 * counts[j];
      }
      for (BitTiles t : kinds) {
        float[] got = new float[len + 3];
        t.products(counts, len, bits, got, 3);
        assertThat(got).as("%s, len %d", t.name(), len).isEqualTo(want);
      }
    }
  }
}
