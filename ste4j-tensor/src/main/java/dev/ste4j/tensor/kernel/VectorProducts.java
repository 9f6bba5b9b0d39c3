package dev.ste4j.tensor.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link BitTiles#products} on the Vector API: bits − 2·count in int lanes (exact), then converted to float, so the
 * values are the scalar loop's. JDK 17's C2 leaves that conversion loop scalar: on an Emerald Rapids Xeon it took
 * about 0.8 ns per value there, this 0.15 (a one-core probe of 64 rows of 1,024 counts; JDK 25 vectorizes the scalar
 * loop itself, 0.1).
 */
final class VectorProducts {

  private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;

  private VectorProducts() {}

  static void products(int[] counts, int len, int bits, float[] out, int o) {
    int j = 0;
    for (; j + I.length() <= len; j += I.length()) {
      IntVector c = IntVector.fromArray(I, counts, j);
      ((FloatVector) c.lanewise(VectorOperators.LSHL, 1).neg().add(bits).convert(VectorOperators.I2F, 0))
          .intoArray(out, o + j);
    }
    for (; j < len; j++) {
      out[o + j] = bits - 2 * counts[j];
    }
  }
}
