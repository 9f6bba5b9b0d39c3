package dev.ste4j.tensor.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The scalar POPCNT tiles with signs packed on the Vector API, for JDKs whose Vector API has no lane-wise bit count
 * (JDK 17): the counts stay {@link ScalarBitTiles}', the packing need not. Each value is compared in a lane; the
 * lanes inside the interval keep one bit of their own (lane k holds 1 &lt;&lt; k), and one OR across the lanes gives
 * a vector's bits of the word.
 *
 * <p>{@link VectorBitTiles} packs with {@code VectorMask.toLong}, which JDK 17 compiles to a loop over the lanes: on an
 * Emerald Rapids Xeon (AVX-512) it took 1–2 ns per value on JDK 17, this 0.20, the scalar loop 2.1–2.7 (a one-core
 * probe, 65,536 values). The words are the scalar loop's, bit for bit (a test checks it), so results do not change.
 */
final class VectorPackingTiles implements BitTiles {

  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
  /** Ints in the same shape as F: a float compare's mask casts to it lane for lane. */
  private static final VectorSpecies<Integer> I = VectorSpecies.of(int.class, F.vectorShape());
  /** Lane k = 1 &lt;&lt; k: the bit of the k-th value of a vector. */
  private static final IntVector LANE_BITS = IntVector.broadcast(I, 1)
      .lanewise(VectorOperators.LSHL, IntVector.zero(I).addIndex(1));

  private final ScalarBitTiles scalar = ScalarBitTiles.INSTANCE;

  private VectorPackingTiles() {}

  /** The tiles, or null where a vector's bits do not fit a word evenly (or fit no int). */
  static BitTiles create() {
    return F.length() < 2 || F.length() > 32 || 64 % F.length() != 0 ? null : new VectorPackingTiles();
  }

  @Override
  public String name() {
    return scalar.name() + ", signs packed on the Vector API (" + F.vectorBitSize() + "-bit)";
  }

  @Override
  public void tile2x4(long[] a, int a0, long[] b, int b0, int words, int bits, float[] out, int o, int ldo) {
    scalar.tile2x4(a, a0, b, b0, words, bits, out, o, ldo);
  }

  @Override
  public void tile1x4(long[] a, int a0, long[] b, int b0, int words, int bits, float[] out, int o) {
    scalar.tile1x4(a, a0, b, b0, words, bits, out, o);
  }

  @Override
  public int dot(long[] a, int a0, long[] b, int b0, int words, int bits) {
    return scalar.dot(a, a0, b, b0, words, bits);
  }

  @Override
  public void columns(int[] a, int a0, int rows, int words, int[][] cols, int len, int bits, float[] out, int o,
                      int ldo) {
    scalar.columns(a, a0, rows, words, cols, len, bits, out, o, ldo);
  }

  @Override
  public void products(int[] counts, int len, int bits, float[] out, int o) {
    VectorProducts.products(counts, len, bits, out, o);
  }

  @Override
  public int columnStride(int len) {
    return scalar.columnStride(len);
  }

  @Override
  public void packRow(float[] x, int offset, int n, long[] words, int wordOffset) {
    packRowBetween(x, offset, n, 0f, Float.POSITIVE_INFINITY, words, wordOffset);
  }

  @Override
  public void packRowBetween(float[] x, int offset, int n, float lo, float hi, long[] words, int wordOffset) {
    int lanes = F.length();
    int full = n >>> 6;
    IntVector zero = IntVector.zero(I);
    // One method, one reduction per vector and no vector carried across iterations: with a helper per half word,
    // JDK 17's C2 at times did not inline it, or left a loop-carried vector boxed on the slow generic path.
    for (int wi = 0; wi < full; wi++) {
      int base = offset + (wi << 6);
      long bits = 0L;
      for (int j = 0; j < 64; j += lanes) {
        FloatVector v = FloatVector.fromArray(F, x, base + j);
        VectorMask<Integer> inside = v.compare(VectorOperators.GE, lo).and(v.compare(VectorOperators.LE, hi)).cast(I);
        bits |= (zero.blend(LANE_BITS, inside).reduceLanes(VectorOperators.OR) & 0xFFFFFFFFL) << j;
      }
      words[wordOffset + wi] = bits;
    }
    if (full << 6 < n) {
      PackedBits.packRowBetweenScalar(x, offset + (full << 6), n - (full << 6), lo, hi, words, wordOffset + full);
    }
  }

  @Override
  public void packRowWithin(float[] x, int offset, int n, float[] lo, float[] hi, long[] words, int wordOffset) {
    int lanes = F.length();
    int full = n >>> 6;
    IntVector zero = IntVector.zero(I);
    for (int wi = 0; wi < full; wi++) {
      int c0 = wi << 6;
      long bits = 0L;
      for (int j = 0; j < 64; j += lanes) {
        FloatVector v = FloatVector.fromArray(F, x, offset + c0 + j);
        VectorMask<Integer> inside = v.compare(VectorOperators.GE, FloatVector.fromArray(F, lo, c0 + j))
            .and(v.compare(VectorOperators.LE, FloatVector.fromArray(F, hi, c0 + j))).cast(I);
        bits |= (zero.blend(LANE_BITS, inside).reduceLanes(VectorOperators.OR) & 0xFFFFFFFFL) << j;
      }
      words[wordOffset + wi] = bits;
    }
    if (full << 6 < n) {
      int c = full << 6;
      PackedBits.packRowWithinScalar(x, offset + c, n - c, lo, hi, c, words, wordOffset + full);
    }
  }
}
