package dev.ste4j.tensor.kernel;

/**
 * The register tiles of the XNOR-popcount GEMM: for rows of packed ±1 words, d = Σ_w popcount(a[w] XOR b[w]) — the
 * number of disagreeing positions — for a block of row pairs, written as n − 2d (the ±1 dot product of n-value rows).
 *
 * <p>Two implementations: {@link ScalarBitTiles} ({@link Long#bitCount}, one POPCNT per word, any JDK) and
 * {@code VectorBitTiles} (the Vector API's lane-wise bit count, JDK ≥ 19, loaded by name). Both count exact integers,
 * so they give identical results.
 */
interface BitTiles {

  /** Short name for {@code ste --version}. */
  String name();

  /**
   * Rows a0, a0+words (of a) against rows b0, b0+words, b0+2·words, b0+3·words (of b): out[o + r·ldo + c] for r < 2,
   * c < 4.
   */
  void tile2x4(long[] a, int a0, long[] b, int b0, int words, int bits, float[] out, int o, int ldo);

  /** Row a0 against four rows of b from b0: out[o + c] for c < 4. */
  void tile1x4(long[] a, int a0, long[] b, int b0, int words, int bits, float[] out, int o);

  /** One row pair. */
  int dot(long[] a, int a0, long[] b, int b0, int words, int bits);

  /**
   * Rows of A against B stored by columns of 32-bit words (the convolution's patches gathered transposed): for r &lt;
   * rows and j &lt; len, out[o + r·ldo + j] = bits − 2·Σ_{k &lt; words} popcount(a[a0 + r·words + k] XOR cols[k][j]).
   * Each cols[k] has at least {@link #columnStride}(len) ints, zero from len on; one array per word, starting at 0,
   * because JDK 17's C2 vectorizes the scalar loop only over arrays it can prove aligned ({@link ColumnXnor}).
   */
  void columns(int[] a, int a0, int rows, int words, int[][] cols, int len, int bits, float[] out, int o, int ldo);

  /** The row stride {@link #columns} needs for len columns: len rounded up to the kernel's block of columns. */
  int columnStride(int len);

  /**
   * The ±1 products from counts of disagreements: out[o + j] = bits − 2·counts[j] for j &lt; len ({@link ColumnXnor}
   * writes its rows with it). All implementations give the same floats.
   */
  void products(int[] counts, int len, int bits, float[] out, int o);

  /**
   * Packs n floats from offset into words from wordOffset: bit j of a word is 1 where x ≥ 0 (NaN gives 0), bits past
   * n are 0. Both implementations give the same words.
   */
  void packRow(float[] x, int offset, int n, long[] words, int wordOffset);

  /**
   * As {@link #packRow}, bit j being 1 where lo ≤ x ≤ hi (NaN gives 0): a folded batch norm and sign, packed in the
   * same pass. Both implementations give the same words.
   */
  void packRowBetween(float[] x, int offset, int n, float lo, float hi, long[] words, int wordOffset);

  /**
   * As {@link #packRowBetween} with ends of their own per value: bit j is 1 where lo[j] ≤ x[offset + j] ≤ hi[j] (a
   * dense layer's folded batch norm and sign, one interval per output). All implementations give the same words.
   */
  void packRowWithin(float[] x, int offset, int n, float[] lo, float[] hi, long[] words, int wordOffset);
}
