package dev.ste4j.tensor.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The scalar POPCNT tiles with signs packed on the Vector API, for JDKs whose Vector API has no lane-wise bit count
 * (JDK 17): the counts stay {@link ScalarBitTiles}', the packing need not. Each value is compared in a lane; the
 * lanes inside the interval keep one bit of their own (lane k of the i-th vector holds 1 &lt;&lt; (i·lanes + k)), and
 * one OR across the lanes gives 32 bits of the word.
 *
 * <p>{@link VectorBitTiles} packs with {@code VectorMask.toLong}, which JDK 17 compiles to a loop over the lanes: on an
 * Emerald Rapids Xeon (AVX-512) it took 1–2 ns per value on JDK 17, this 0.20, the scalar loop 2.1–2.7 (a one-core
 * probe, 65,536 values). The words are the scalar loop's, bit for bit (a test checks it), so results do not change.
 */
final class VectorPackingTiles implements BitTiles {

  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
  /** Ints in the same shape as F: a float compare's mask casts to it lane for lane. */
  private static final VectorSpecies<Integer> I = VectorSpecies.of(int.class, F.vectorShape());
  /** Vectors per 32 bits. */
  private static final int GROUP = 32 / F.length();
  /** LANE_BITS[i] lane k = 1 &lt;&lt; (i·lanes + k): the bit of value i·lanes + k within 32. */
  private static final IntVector[] LANE_BITS = laneBits();

  private final ScalarBitTiles counts = ScalarBitTiles.INSTANCE;

  private VectorPackingTiles() {}

  /** The tiles, or null where the vectors are too short or too long for whole 32-bit groups. */
  static BitTiles create() {
    return F.length() < 2 || 32 % F.length() != 0 ? null : new VectorPackingTiles();
  }

  private static IntVector[] laneBits() {
    int lanes = F.length();
    if (lanes < 2 || 32 % lanes != 0) {
      return new IntVector[0];
    }
    IntVector[] bits = new IntVector[32 / lanes];
    IntVector index = IntVector.zero(I).addIndex(1);
    for (int i = 0; i < bits.length; i++) {
      bits[i] = IntVector.broadcast(I, 1).lanewise(VectorOperators.LSHL, index.add(i * lanes));
    }
    return bits;
  }

  @Override
  public String name() {
    return counts.name() + ", signs packed on the Vector API (" + F.vectorBitSize() + "-bit)";
  }

  @Override
  public void tile2x4(long[] a, int a0, long[] b, int b0, int words, int bits, float[] out, int o, int ldo) {
    counts.tile2x4(a, a0, b, b0, words, bits, out, o, ldo);
  }

  @Override
  public void tile1x4(long[] a, int a0, long[] b, int b0, int words, int bits, float[] out, int o) {
    counts.tile1x4(a, a0, b, b0, words, bits, out, o);
  }

  @Override
  public int dot(long[] a, int a0, long[] b, int b0, int words, int bits) {
    return counts.dot(a, a0, b, b0, words, bits);
  }

  @Override
  public void columns(int[] a, int a0, int rows, int words, int[][] cols, int len, int bits, float[] out, int o,
                      int ldo) {
    counts.columns(a, a0, rows, words, cols, len, bits, out, o, ldo);
  }

  @Override
  public int columnStride(int len) {
    return counts.columnStride(len);
  }

  @Override
  public void packRow(float[] x, int offset, int n, long[] words, int wordOffset) {
    packRowBetween(x, offset, n, 0f, Float.POSITIVE_INFINITY, words, wordOffset);
  }

  @Override
  public void packRowBetween(float[] x, int offset, int n, float lo, float hi, long[] words, int wordOffset) {
    int full = n >>> 6;
    IntVector zero = IntVector.zero(I);
    for (int wi = 0; wi < full; wi++) {
      int base = offset + (wi << 6);
      long low = half(x, base, lo, hi, zero) & 0xFFFFFFFFL;
      long high = half(x, base + 32, lo, hi, zero);
      words[wordOffset + wi] = low | high << 32;
    }
    if (full << 6 < n) {
      PackedBits.packRowBetweenScalar(x, offset + (full << 6), n - (full << 6), lo, hi, words, wordOffset + full);
    }
  }

  /** Bit j of the result: lo ≤ x[base + j] ≤ hi, for j &lt; 32 (NaN compares false). */
  private static int half(float[] x, int base, float lo, float hi, IntVector zero) {
    IntVector acc = zero;
    for (int i = 0; i < GROUP; i++) {
      FloatVector v = FloatVector.fromArray(F, x, base + i * F.length());
      VectorMask<Integer> inside = v.compare(VectorOperators.GE, lo).and(v.compare(VectorOperators.LE, hi)).cast(I);
      acc = acc.or(zero.blend(LANE_BITS[i], inside));
    }
    return acc.reduceLanes(VectorOperators.OR);
  }
}
