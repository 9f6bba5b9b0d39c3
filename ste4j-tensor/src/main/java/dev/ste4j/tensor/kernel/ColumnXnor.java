package dev.ste4j.tensor.kernel;

/**
 * The XNOR-popcount GEMM by columns, for JVMs whose Vector API has no lane-wise bit count (JDK 17).
 *
 * <p>B is laid out as 32-bit words by column: for each chunk of {@link #CHUNK} rows of B and each 32-bit word index
 * w, one array holds word w of every row of the chunk. For one row of A the disagreements with a whole chunk are then
 * acc[j] += bitCount(x_w XOR column_w[j]) over w — a loop over adjacent ints that C2 compiles to vector popcounts
 * (VPOPCNTD) on CPUs with AVX-512 VPOPCNTDQ. Measured on one Zen 4 core, JDK 17, batch 64, 4096 → 4096: about
 * 26,000 samples/s, against about 6,000 with the scalar 2×4 tile. Each chunk's arrays start at index 0: with an
 * offset that varies, JDK 17's C2 cannot prove the two streams aligned and leaves the loop scalar (4,700 samples/s).
 *
 * <p>The sums are exact integers, so results equal the tiles' bit for bit, for any thread count.
 */
final class ColumnXnor {

  /** Rows of B per chunk (1024 measured best: 128–512 left the loop too short, 4096 overflows L2 per row of A). */
  static final int CHUNK = 1024;

  private ColumnXnor() {}

  /**
   * Whether this kernel beats the tiles for this B, where {@link KernelProvider#columnXnor()} allows it: B has at
   * least a few vectors of rows.
   */
  static boolean suits(PackedBits b) {
    return b.rows() >= 64;
  }

  /** out[outOffset + i·n + j] = a_i · b_j, as {@link BitKernels#xnorGemm}. */
  static void gemm(PackedBits a, PackedBits b, float[] out, int outOffset) {
    int[][][] columns = b.columns();
    long[] aw = a.words();
    int m = a.rows();
    int n = b.rows();
    int words = a.wordsPerRow();
    int bits = a.cols();
    int chunks = columns.length;
    // Rows of A are split too when there are fewer chunks than threads (B of 1024 rows is one chunk).
    int rowGroups = Math.min(m, Math.max(1, (4 * Parallel.threads() + chunks - 1) / chunks));
    Parallel.forRange(chunks * rowGroups, 1, (from, to) -> {
      int[] acc = new int[CHUNK];
      BitTiles tiles = KernelProvider.tiles();
      for (int task = from; task < to; task++) {
        int chunk = task / rowGroups;
        int group = task % rowGroups;
        int[][] col = columns[chunk];
        int len = col[0].length;
        int j0 = chunk * CHUNK;
        int r1 = (int) ((long) (group + 1) * m / rowGroups);
        for (int r = (int) ((long) group * m / rowGroups); r < r1; r++) {
          // The first word sets the counts instead of a pass that clears them; the products are the tiles' (on
          // the Vector API where it runs: JDK 17's C2 leaves the int-to-float loop scalar).
          long x = aw[r * words];
          setDisagreements(acc, (int) x, col[0], (int) (x >>> 32), col[1], len);
          for (int w = 1; w < words; w++) {
            x = aw[r * words + w];
            addDisagreements(acc, (int) x, col[2 * w], (int) (x >>> 32), col[2 * w + 1], len);
          }
          tiles.products(acc, len, bits, out, outOffset + r * n + j0);
        }
      }
    });
  }

  /** acc[j] = popcount(x0 XOR c0[j]) + popcount(x1 XOR c1[j]): the first word of a row, in place of clearing acc. */
  static void setDisagreements(int[] acc, int x0, int[] c0, int x1, int[] c1, int len) {
    for (int j = 0; j < len; j++) {
      acc[j] = Integer.bitCount(x0 ^ c0[j]) + Integer.bitCount(x1 ^ c1[j]);
    }
  }

  /** acc[j] += popcount(x XOR column[j]) for j in [0, len); both arrays from index 0, the shape C2 vectorizes. */
  static void addDisagreements(int[] acc, int x, int[] column, int len) {
    for (int j = 0; j < len; j++) {
      acc[j] += Integer.bitCount(x ^ column[j]);
    }
  }

  /**
   * Both halves of a 64-bit word in one pass: acc[j] += popcount(x0 XOR c0[j]) + popcount(x1 XOR c1[j]), so acc is
   * loaded and stored once per word instead of twice (the same vectorizable shape).
   */
  static void addDisagreements(int[] acc, int x0, int[] c0, int x1, int[] c1, int len) {
    for (int j = 0; j < len; j++) {
      acc[j] += Integer.bitCount(x0 ^ c0[j]) + Integer.bitCount(x1 ^ c1[j]);
    }
  }

  /** The column layout of b: [chunk][32-bit word index][row within the chunk]. */
  static int[][][] layout(PackedBits b) {
    long[] bw = b.words();
    int n = b.rows();
    int words = b.wordsPerRow();
    int chunks = (n + CHUNK - 1) / CHUNK;
    int[][][] columns = new int[chunks][][];
    for (int c = 0; c < chunks; c++) {
      int j0 = c * CHUNK;
      int len = Math.min(CHUNK, n - j0);
      int[][] col = new int[2 * words][len];
      for (int j = 0; j < len; j++) {
        int src = (j0 + j) * words;
        for (int w = 0; w < words; w++) {
          long v = bw[src + w];
          col[2 * w][j] = (int) v;
          col[2 * w + 1][j] = (int) (v >>> 32);
        }
      }
      columns[c] = col;
    }
    return columns;
  }
}
