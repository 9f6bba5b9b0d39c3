package dev.ste4j.tensor.kernel;

import java.util.Arrays;

/**
 * A matrix of ±1 values packed 64 per {@code long}, row by row.
 *
 * <p>Bit j of a row is 1 for +1 and 0 for −1; packing maps x ≥ 0 to +1 (sign(0) = +1, the convention of the whole
 * project). Each row starts on a word boundary; the padding bits past {@code cols} are 0 in every row, so they cancel
 * in XOR and never count. For rows a, b of length n: a·b = n − 2·popcount(a XOR b).
 */
public final class PackedBits {

  private final int rows;
  private final int cols;
  private final int wordsPerRow;
  private final long[] words;
  /** B's layout for {@link ColumnXnor}, built on first use (weights of an exported model are used many times). */
  private volatile int[][][] columns;

  private PackedBits(int rows, int cols, long[] words) {
    this.rows = rows;
    this.cols = cols;
    this.wordsPerRow = wordsFor(cols);
    this.words = words;
  }

  /** Words needed for a row of {@code cols} bits. */
  public static int wordsFor(int cols) {
    return (cols + 63) >>> 6;
  }

  /** Wraps existing words (rows·wordsFor(cols) of them, padding bits zero); used by loaders of exported models. */
  public static PackedBits wrap(int rows, int cols, long[] words) {
    if (rows < 0 || cols < 0 || words.length != (long) rows * wordsFor(cols)) {
      throw new IllegalArgumentException("packed words: expected " + ((long) rows * wordsFor(cols))
          + " words for " + rows + "×" + cols + ", got " + words.length);
    }
    long padMask = paddingMask(cols);
    if (padMask != 0) {
      int wpr = wordsFor(cols);
      for (int r = 0; r < rows; r++) {
        if ((words[r * wpr + wpr - 1] & padMask) != 0) {
          throw new IllegalArgumentException("packed words: row " + r + " has bits set past column " + cols);
        }
      }
    }
    return new PackedBits(rows, cols, words);
  }

  /** Packs a rows×cols row-major block of floats starting at offset: bit = 1 where x ≥ 0. */
  public static PackedBits pack(float[] x, int offset, int rows, int cols) {
    return packRows(x, offset, rows, cols, false);
  }

  /**
   * Like {@link #pack}, for values that must be exactly ±1 (the output of a sign quantizer): checked in the same pass.
   *
   * @throws IllegalArgumentException naming the first row holding another value
   */
  public static PackedBits packSigns(float[] x, int offset, int rows, int cols) {
    return packRows(x, offset, rows, cols, true);
  }

  /** Packs rows in parallel; with {@code signsOnly}, fails on the first row (of a chunk) holding a value other than ±1. */
  private static PackedBits packRows(float[] x, int offset, int rows, int cols, boolean signsOnly) {
    int wpr = wordsFor(cols);
    long[] w = new long[rows * wpr];
    Parallel.forRange(rows, 16, (from, to) -> {
      for (int r = from; r < to; r++) {
        packRow(x, offset + r * cols, cols, w, r * wpr);
        if (signsOnly && !allSigns(x, offset + r * cols, cols)) {
          throw new IllegalArgumentException("row " + r + " holds a value other than ±1");
        }
      }
    });
    return new PackedBits(rows, cols, w);
  }

  /** True when all n values from offset are exactly +1 or −1 (a branch-free pass). */
  public static boolean allSigns(float[] x, int offset, int n) {
    boolean ok = true;
    for (int i = 0; i < n; i++) {
      ok &= Math.abs(x[offset + i]) == 1f;
    }
    return ok;
  }

  /** Packs one row of n floats into words starting at wordOffset (with the bit tiles in use: {@link BitTiles}). */
  public static void packRow(float[] x, int offset, int n, long[] words, int wordOffset) {
    KernelProvider.tiles().packRow(x, offset, n, words, wordOffset);
  }

  /**
   * A rows×cols row-major block of floats packed by intervals of their own per column: bit 1 where lo[c] ≤ x ≤ hi[c]
   * (NaN gives 0), rows in parallel, as the bit tiles in use pack them ({@link BitTiles#packRowWithin}).
   */
  public static PackedBits packWithin(float[] x, int offset, int rows, int cols, float[] lo, float[] hi) {
    if (lo.length < cols || hi.length < cols) {
      throw new IllegalArgumentException("packed words: " + cols + " columns need as many ends, got " + lo.length
          + " and " + hi.length);
    }
    int wpr = wordsFor(cols);
    long[] w = new long[rows * wpr];
    BitTiles tiles = KernelProvider.tiles();
    Parallel.forRange(rows, 16, (from, to) -> {
      for (int r = from; r < to; r++) {
        tiles.packRowWithin(x, offset + r * cols, cols, lo, hi, w, r * wpr);
      }
    });
    return new PackedBits(rows, cols, w);
  }

  /**
   * {@link BitTiles#packRowWithin} one value at a time, with four independent chains of ORs as the scalar packing;
   * value j's ends are lo[ends + j] and hi[ends + j].
   */
  static void packRowWithinScalar(float[] x, int offset, int n, float[] lo, float[] hi, int ends, long[] words,
                                  int wordOffset) {
    for (int wi = 0; wi < (n + 63) >>> 6; wi++) {
      int base = wi << 6;
      int end = Math.min(64, n - base);
      long b0 = 0L;
      long b1 = 0L;
      long b2 = 0L;
      long b3 = 0L;
      int j = 0;
      for (; j + 4 <= end; j += 4) {
        int c = ends + base + j;
        int i = offset + base + j;
        float v0 = x[i];
        float v1 = x[i + 1];
        float v2 = x[i + 2];
        float v3 = x[i + 3];
        b0 |= (v0 >= lo[c] & v0 <= hi[c] ? 1L : 0L) << j;
        b1 |= (v1 >= lo[c + 1] & v1 <= hi[c + 1] ? 2L : 0L) << j;
        b2 |= (v2 >= lo[c + 2] & v2 <= hi[c + 2] ? 4L : 0L) << j;
        b3 |= (v3 >= lo[c + 3] & v3 <= hi[c + 3] ? 8L : 0L) << j;
      }
      for (; j < end; j++) {
        float v = x[offset + base + j];
        int c = ends + base + j;
        b0 |= (v >= lo[c] & v <= hi[c] ? 1L : 0L) << j;
      }
      words[wordOffset + wi] = b0 | b1 | b2 | b3;
    }
  }

  /** {@link BitTiles#packRowBetween} one value at a time. */
  static void packRowBetweenScalar(float[] x, int offset, int n, float lo, float hi, long[] words, int wordOffset) {
    for (int wi = 0; wi < (n + 63) >>> 6; wi++) {
      long bits = 0L;
      int base = offset + (wi << 6);
      int end = Math.min(64, n - (wi << 6));
      int j = 0;
      // Four independent chains of ORs instead of one through every bit; non-short-circuit compares, since the signs
      // are close to random and a second branch would mispredict half the time.
      long b1 = 0L;
      long b2 = 0L;
      long b3 = 0L;
      for (; j + 4 <= end; j += 4) {
        float v0 = x[base + j];
        float v1 = x[base + j + 1];
        float v2 = x[base + j + 2];
        float v3 = x[base + j + 3];
        bits |= (v0 >= lo & v0 <= hi ? 1L : 0L) << j;
        b1 |= (v1 >= lo & v1 <= hi ? 2L : 0L) << j;
        b2 |= (v2 >= lo & v2 <= hi ? 4L : 0L) << j;
        b3 |= (v3 >= lo & v3 <= hi ? 8L : 0L) << j;
      }
      for (; j < end; j++) {
        float v = x[base + j];
        bits |= (v >= lo & v <= hi ? 1L : 0L) << j;
      }
      words[wordOffset + wi] = bits | b1 | b2 | b3;
    }
  }

  static void packRowScalar(float[] x, int offset, int n, long[] words, int wordOffset) {
    int full = n >>> 6;
    for (int wi = 0; wi < full; wi++) {
      long bits = 0L;
      int base = offset + (wi << 6);
      for (int j = 0; j < 64; j++) {
        // x >= 0 maps to +1; NaN maps to −1 (comparison is false), as sign would not be defined there.
        bits |= (x[base + j] >= 0f ? 1L : 0L) << j;
      }
      words[wordOffset + wi] = bits;
    }
    int rest = n & 63;
    if (rest != 0) {
      long bits = 0L;
      int base = offset + (full << 6);
      for (int j = 0; j < rest; j++) {
        bits |= (x[base + j] >= 0f ? 1L : 0L) << j;
      }
      words[wordOffset + full] = bits;
    }
  }

  private static long paddingMask(int cols) {
    int rest = cols & 63;
    return rest == 0 ? 0L : -1L << rest;
  }

  /** ±1 dot product of row i of a and row j of b (same column count). */
  public static int dot(PackedBits a, int i, PackedBits b, int j) {
    int diff = 0;
    int ai = i * a.wordsPerRow;
    int bj = j * b.wordsPerRow;
    for (int w = 0; w < a.wordsPerRow; w++) {
      diff += Long.bitCount(a.words[ai + w] ^ b.words[bj + w]);
    }
    return a.cols - 2 * diff;
  }

  /**
   * out[i·b.rows + j] = a_i · b_j for every row pair: the XNOR-popcount GEMM C = A·Bᵀ of ±1 matrices, exact in
   * integers.
   */
  public static void xnorGemm(PackedBits a, PackedBits b, int[] out) {
    if (a.cols != b.cols) {
      throw new IllegalArgumentException("xnorGemm: column counts differ: " + a.cols + " vs " + b.cols);
    }
    int n = b.rows;
    Parallel.forRange(a.rows, 4, (from, to) -> {
      for (int i = from; i < to; i++) {
        for (int j = 0; j < n; j++) {
          out[i * n + j] = dot(a, i, b, j);
        }
      }
    });
  }

  /** Unpacks to a rows×cols array of ±1 floats. */
  public float[] unpack() {
    float[] x = new float[rows * cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        x[r * cols + c] = get(r, c);
      }
    }
    return x;
  }

  /** The ±1 value at (row, col). */
  public float get(int row, int col) {
    long w = words[row * wordsPerRow + (col >>> 6)];
    return ((w >>> (col & 63)) & 1L) != 0 ? 1f : -1f;
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public int wordsPerRow() {
    return wordsPerRow;
  }

  /**
   * The backing words (not a copy): row r occupies [r·wordsPerRow, (r+1)·wordsPerRow). Do not change them once the
   * matrix has been used in a product: kernels may keep a layout derived from them.
   */
  public long[] words() {
    return words;
  }

  /** The column layout of these rows for {@link ColumnXnor}, computed once. */
  int[][][] columns() {
    int[][][] c = columns;
    if (c == null) {
      c = ColumnXnor.layout(this);
      columns = c;
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PackedBits p && p.rows == rows && p.cols == cols && Arrays.equals(p.words, words);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * rows + cols) + Arrays.hashCode(words);
  }

  @Override
  public String toString() {
    return "PackedBits[" + rows + "×" + cols + "]";
  }
}
