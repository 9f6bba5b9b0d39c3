package dev.ste4j.tensor.kernel;

/**
 * {@link BitTiles} on {@link Long#bitCount} (an intrinsic: one POPCNT instruction per word). JDK 17's C2 does not
 * vectorize bit counts, so the speed comes from several independent accumulators per tile.
 */
final class ScalarBitTiles implements BitTiles {

  static final ScalarBitTiles INSTANCE = new ScalarBitTiles();

  private ScalarBitTiles() {}

  @Override
  public String name() {
    return "scalar POPCNT";
  }

  @Override
  public void tile2x4(long[] a, int a0, long[] b, int b0, int words, int bits, float[] out, int o, int ldo) {
    int s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
    int a1 = a0 + words;
    int b1 = b0 + words;
    int b2 = b1 + words;
    int b3 = b2 + words;
    for (int w = 0; w < words; w++) {
      long x0 = a[a0 + w];
      long x1 = a[a1 + w];
      long y0 = b[b0 + w];
      long y1 = b[b1 + w];
      long y2 = b[b2 + w];
      long y3 = b[b3 + w];
      s00 += Long.bitCount(x0 ^ y0);
      s01 += Long.bitCount(x0 ^ y1);
      s02 += Long.bitCount(x0 ^ y2);
      s03 += Long.bitCount(x0 ^ y3);
      s10 += Long.bitCount(x1 ^ y0);
      s11 += Long.bitCount(x1 ^ y1);
      s12 += Long.bitCount(x1 ^ y2);
      s13 += Long.bitCount(x1 ^ y3);
    }
    out[o] = bits - 2 * s00;
    out[o + 1] = bits - 2 * s01;
    out[o + 2] = bits - 2 * s02;
    out[o + 3] = bits - 2 * s03;
    out[o + ldo] = bits - 2 * s10;
    out[o + ldo + 1] = bits - 2 * s11;
    out[o + ldo + 2] = bits - 2 * s12;
    out[o + ldo + 3] = bits - 2 * s13;
  }

  @Override
  public void tile1x4(long[] a, int a0, long[] b, int b0, int words, int bits, float[] out, int o) {
    int s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (int w = 0; w < words; w++) {
      long x = a[a0 + w];
      s0 += Long.bitCount(x ^ b[b0 + w]);
      s1 += Long.bitCount(x ^ b[b0 + words + w]);
      s2 += Long.bitCount(x ^ b[b0 + 2 * words + w]);
      s3 += Long.bitCount(x ^ b[b0 + 3 * words + w]);
    }
    out[o] = bits - 2 * s0;
    out[o + 1] = bits - 2 * s1;
    out[o + 2] = bits - 2 * s2;
    out[o + 3] = bits - 2 * s3;
  }

  @Override
  public int dot(long[] a, int a0, long[] b, int b0, int words, int bits) {
    int s = 0;
    for (int w = 0; w < words; w++) {
      s += Long.bitCount(a[a0 + w] ^ b[b0 + w]);
    }
    return bits - 2 * s;
  }

  @Override
  public void packRow(float[] x, int offset, int n, long[] words, int wordOffset) {
    PackedBits.packRowScalar(x, offset, n, words, wordOffset);
  }

  @Override
  public void packRowBetween(float[] x, int offset, int n, float lo, float hi, long[] words, int wordOffset) {
    PackedBits.packRowBetweenScalar(x, offset, n, lo, hi, words, wordOffset);
  }

  @Override
  public void packRowWithin(float[] x, int offset, int n, float[] lo, float[] hi, long[] words, int wordOffset) {
    PackedBits.packRowWithinScalar(x, offset, n, lo, hi, 0, words, wordOffset);
  }

  /**
   * One row of A at a time against every column, in {@link ColumnXnor}'s loop over adjacent ints. Runs only where
   * {@code ste4j.conv.columns} forces it: for convolutions it measured slower than the row tiles on JDK 17.
   */
  @Override
  public void columns(int[] a, int a0, int rows, int words, int[][] cols, int len, int bits, float[] out, int o,
                      int ldo) {
    int[] acc = new int[len];
    for (int r = 0; r < rows; r++) {
      java.util.Arrays.fill(acc, 0);
      for (int k = 0; k < words; k++) {
        ColumnXnor.addDisagreements(acc, a[a0 + r * words + k], cols[k], len);
      }
      int row = o + r * ldo;
      for (int j = 0; j < len; j++) {
        out[row + j] = bits - 2 * acc[j];
      }
    }
  }

  @Override
  public void products(int[] counts, int len, int bits, float[] out, int o) {
    for (int j = 0; j < len; j++) {
      out[o + j] = bits - 2 * counts[j];
    }
  }

  @Override
  public int columnStride(int len) {
    return len;
  }
}
