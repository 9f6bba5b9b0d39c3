package dev.ste4j.tensor.kernel;

// Over 300 lines on purpose: the XNOR GEMM and the direct binary convolution share the tile choice, the packed
// layout and the exactness argument of the class comment; the convolution (patch gathering, padding corrections,
// output pass) is most of the file and is one algorithm, so it is kept whole beside the GEMM it reduces to.

/**
 * Fast bit-packed kernels for ±1 data: XNOR-popcount GEMM and direct binary convolution (Rastegari et al. 2016,
 * "XNOR-Net"; Hubara et al. 2016).
 *
 * <p>For ±1 vectors packed 64 per word (bit 1 = +1), a·b = n − 2·popcount(a XOR b): one XOR and one POPCNT cover 64
 * multiply-accumulates. JDK 17's Vector API has no lane-wise bit count, so the kernels use {@link Long#bitCount} (an
 * intrinsic: one POPCNT instruction) on long words and get their speed from register tiles with several independent
 * accumulators; on JDK ≥ 19 with the vector kernels selected, the vector tiles count a vector of words at a
 * time (see {@link BitTiles} and {@code VectorBitTiles}; {@link KernelProvider} chooses). Results are exact integers
 * (written as floats, exact below 2²⁴), so any thread count and either tile implementation give the same.
 */
public final class BitKernels {

  /** Half the L2 cache, the most one block of packed A may take. */
  private static final long L2_HALF = CpuCaches.detect().l2() / 2;

  private BitKernels() {}

  /**
   * out[outOffset + i·b.rows + j] = a_i · b_j for every row pair: C = A·Bᵀ of ±1 matrices (a: m×k, b: n×k packed),
   * exact. Without a vector bit count, on CPUs whose JIT vectorizes Integer.bitCount, by columns ({@link ColumnXnor});
   * otherwise on register tiles.
   */
  public static void xnorGemm(PackedBits a, PackedBits b, float[] out, int outOffset) {
    if (a.cols() != b.cols()) {
      throw new IllegalArgumentException("xnorGemm: column counts differ: " + a.cols() + " vs " + b.cols());
    }
    if (KernelProvider.columnXnor() && ColumnXnor.suits(b)) {
      ColumnXnor.gemm(a, b, out, outOffset);
      return;
    }
    tileGemm(a, b, out, outOffset, KernelProvider.tiles());
  }

  /**
   * {@link #xnorGemm} on register tiles: parallel over groups of four rows of B, each sweeping A in 2×4 tiles, A in
   * blocks of rows sized from the L2 cache ({@link CpuCaches}).
   */
  static void tileGemm(PackedBits a, PackedBits b, float[] out, int outOffset, BitTiles t) {
    // Rows of A per block: a block of packed A takes at most half of L2, so it stays there while the task sweeps all
    // of its groups of B against it. Counts are exact integers, so the order of the blocks changes nothing.
    tileGemm(a, b, out, outOffset, t, (int) Math.min(a.rows(), L2_HALF / Math.max(1L, 8L * a.wordsPerRow())));
  }

  /** {@link #tileGemm(PackedBits, PackedBits, float[], int, BitTiles)} with A in blocks of about {@code rows} rows. */
  static void tileGemm(PackedBits a, PackedBits b, float[] out, int outOffset, BitTiles t, int rows) {
    long[] aw = a.words();
    long[] bw = b.words();
    int m = a.rows();
    int n = b.rows();
    int words = a.wordsPerRow();
    int bits = a.cols();
    int groups = (n + 3) / 4;
    int blockRows = Math.max(2, rows & ~1);
    Parallel.forRange(groups, Math.max(1, 8192 / Math.max(1, m * words)), (from, to) -> {
      for (int i0 = 0; i0 < m; i0 += blockRows) {
        int i1 = Math.min(m, i0 + blockRows);
        for (int g = from; g < to; g++) {
          int j = 4 * g;
          if (j + 4 <= n) {
            int i = i0;
            for (; i + 2 <= i1; i += 2) {
              t.tile2x4(aw, i * words, bw, j * words, words, bits, out, outOffset + i * n + j, n);
            }
            if (i < i1) {
              t.tile1x4(aw, i * words, bw, j * words, words, bits, out, outOffset + i * n + j);
            }
          } else {
            for (int i = i0; i < i1; i++) {
              for (int jj = j; jj < n; jj++) {
                out[outOffset + i * n + jj] = t.dot(aw, i * words, bw, jj * words, words, bits);
              }
            }
          }
        }
      }
    });
  }

  public static String describe() {
    return KernelProvider.bitTileDescription();
  }

  /**
   * Binary convolution (cross-correlation) with zero padding: out[n, o, oy, ox] = Σ over taps (i, j) inside the image
   * of x[n, :, oy·s − p + i, ox·s − p + j] · w[o, :, i, j], for ±1 values packed channel-last by
   * {@link ChannelsLastPacking#pack}. Output [N, O, Ho, Wo] as exact integers in floats.
   *
   * <p>Padded positions are zeros, not ±1: a tap outside the image contributes nothing. Per sample, the patches are
   * gathered as rows of kh·kw·wordsFor(C) words (a tap outside the image as zero words) and multiplied with the packed
   * weights by {@link #xnorGemm}. A zero word against weight words w counts as popcount(w) disagreements, i.e. adds
   * −Σw over that tap, so each border output gets back 2·popcount(w[o, :, tap]) for every tap outside, and every output
   * the constant that turns the 64-bit word count into its C·(taps inside). Samples run in parallel.
   */
  public static void conv2d(long[] xb, int n, int c, int h, int w, long[] wb, int o, int kh, int kw, int stride,
                            int pad, float[] out) {
    conv2d(xb, n, c, h, w, wb, o, kh, kw, stride, pad, out, null);
  }

  /** What runs on each sample's outputs right after they are computed, while they are still in this core's cache. */
  @FunctionalInterface
  public interface SampleOutputs {
    /** Transforms out[offset …] in place: one sample's [channels][positions] outputs. */
    void apply(float[] out, int offset, int channels, int positions);
  }

  /** Receives each sample's outputs, computed into a buffer of the thread, while they are in this core's cache. */
  @FunctionalInterface
  public interface SampleSink {
    /** Sample {@code sample}'s [channels][positions] outputs in outputs[0 …]; the buffer is reused afterwards. */
    void accept(int sample, float[] outputs, int channels, int positions);
  }

  /**
   * {@link #conv2d(long[], int, int, int, int, long[], int, int, int, int, int, float[])}, then {@code after} on each
   * sample's outputs (null: none). An exported model folds its batch norm and sign in here: a separate pass over a
   * batch's outputs (16 MiB for bnn-vgg-small's first layer) streamed them from memory again.
   */
  public static void conv2d(long[] xb, int n, int c, int h, int w, long[] wb, int o, int kh, int kw, int stride,
                            int pad, float[] out, SampleOutputs after) {
    convolve(xb, n, c, h, w, wb, o, kh, kw, stride, pad, out, after, null);
  }

  /**
   * The same convolution with no batch-sized output: each sample's outputs go to {@code sink} from a buffer of the
   * thread (an exported model packs their folded signs straight away, for the next binary layer).
   */
  public static void conv2d(long[] xb, int n, int c, int h, int w, long[] wb, int o, int kh, int kw, int stride,
                            int pad, SampleSink sink) {
    convolve(xb, n, c, h, w, wb, o, kh, kw, stride, pad, null, null, sink);
  }

  /** Outputs into out (then {@code after}), or, when out is null, into a buffer per thread handed to {@code sink}. */
  private static void convolve(long[] xb, int n, int c, int h, int w, long[] wb, int o, int kh, int kw, int stride,
                               int pad, float[] out, SampleOutputs after, SampleSink sink) {
    int wpp = PackedBits.wordsFor(c);
    int ho = (h + 2 * pad - kh) / stride + 1;
    int wo = (w + 2 * pad - kw) / stride + 1;
    int hwo = ho * wo;
    int taps = kh * kw;
    int rowWords = taps * wpp;
    PackedBits weights = PackedBits.wrap(o, rowWords * 64, wb);
    // Set bits of each weight tap: the count a zero (padded) patch word would wrongly add as disagreements.
    int[] ones = new int[o * taps];
    for (int oc = 0; oc < o; oc++) {
      for (int t = 0; t < taps; t++) {
        int cnt = 0;
        for (int q = 0; q < wpp; q++) {
          cnt += Long.bitCount(wb[(oc * taps + t) * wpp + q]);
        }
        ones[oc * taps + t] = cnt;
      }
    }
    // The correction of every output (oc, oy, ox), the same for every sample: the constant turning the count over
    // rowWords·64 bits into C·(taps inside), plus 2·popcount(w[oc, :, tap]) for each tap outside the image.
    int[] fixes = new int[o * hwo];
    for (int oy = 0; oy < ho; oy++) {
      for (int ox = 0; ox < wo; ox++) {
        int inside = 0;
        for (int i = 0; i < kh; i++) {
          int y = oy * stride - pad + i;
          for (int j = 0; j < kw; j++) {
            int xx = ox * stride - pad + j;
            if (y >= 0 && y < h && xx >= 0 && xx < w) {
              inside++;
            }
          }
        }
        int shift = inside * c - rowWords * 64;
        int px = oy * wo + ox;
        for (int oc = 0; oc < o; oc++) {
          int fix = shift;
          if (inside < taps) {
            for (int i = 0; i < kh; i++) {
              int y = oy * stride - pad + i;
              for (int j = 0; j < kw; j++) {
                int xx = ox * stride - pad + j;
                if (y < 0 || y >= h || xx < 0 || xx >= w) {
                  fix += 2 * ones[oc * taps + i * kw + j];
                }
              }
            }
          }
          fixes[oc * hwo + px] = fix;
        }
      }
    }
    // Only the outputs whose correction is not 0 are touched per sample: with whole words of channels, the border.
    Corrections corrections = Corrections.of(fixes);
    BitTiles tiles = KernelProvider.tiles();
    if (KernelProvider.convByColumns()) {
      int ints = 2 * rowWords;
      int[] weightInts = new int[o * ints];
      for (int q = 0; q < o * rowWords; q++) {
        weightInts[2 * q] = (int) wb[q];
        weightInts[2 * q + 1] = (int) (wb[q] >>> 32);
      }
      int ldc = tiles.columnStride(hwo);
      Parallel.forRange(n, 1, (from, to) -> {
        int[][] columns = new int[ints][ldc];
        float[] buffer = out != null ? out : new float[o * hwo];
        for (int s = from; s < to; s++) {
          gatherColumns(xb, s, h, w, wpp, ho, wo, kh, kw, stride, pad, columns);
          int base = out != null ? s * o * hwo : 0;
          tiles.columns(weightInts, 0, o, ints, columns, hwo, rowWords * 64, buffer, base, hwo);
          finish(s, buffer, base, corrections, o, hwo, after, sink);
        }
      });
      return;
    }
    Parallel.forRange(n, 1, (from, to) -> {
      long[] patches = new long[hwo * rowWords];
      float[] buffer = out != null ? out : new float[o * hwo];
      for (int s = from; s < to; s++) {
        java.util.Arrays.fill(patches, 0L);
        for (int oy = 0; oy < ho; oy++) {
          for (int ox = 0; ox < wo; ox++) {
            int dst = (oy * wo + ox) * rowWords;
            for (int i = 0; i < kh; i++) {
              int y = oy * stride - pad + i;
              if (y < 0 || y >= h) {
                continue;
              }
              for (int j = 0; j < kw; j++) {
                int xx = ox * stride - pad + j;
                if (xx >= 0 && xx < w) {
                  int pixel = ((s * h + y) * w + xx) * wpp;
                  int slot = dst + (i * kw + j) * wpp;
                  for (int q = 0; q < wpp; q++) {
                    patches[slot + q] = xb[pixel + q];
                  }
                }
              }
            }
          }
        }
        int base = out != null ? s * o * hwo : 0;
        xnorGemm(weights, PackedBits.wrap(hwo, rowWords * 64, patches), buffer, base);
        finish(s, buffer, base, corrections, o, hwo, after, sink);
      }
    });
  }

  /** Sample s's outputs at out[base …]: the padding corrections, then {@code after} or {@code sink}. */
  private static void finish(int s, float[] out, int base, Corrections fixes, int o, int hwo, SampleOutputs after,
                             SampleSink sink) {
    int[] at = fixes.at();
    int[] by = fixes.by();
    for (int q = 0; q < at.length; q++) {
      out[base + at[q]] += by[q];
    }
    if (after != null) {
      after.apply(out, base, o, hwo);
    }
    if (sink != null) {
      sink.accept(s, out, o, hwo);
    }
  }

  /**
   * The non-zero padding corrections of a sample's outputs: out[at[q]] += by[q]. Adding 0 would change no output (an
   * integer count in float, never −0), so the zeros are left out.
   */
  private record Corrections(int[] at, int[] by) {
    static Corrections of(int[] fixes) {
      int nonzero = 0;
      for (int f : fixes) {
        nonzero += f != 0 ? 1 : 0;
      }
      int[] at = new int[nonzero];
      int[] by = new int[nonzero];
      for (int q = 0, k = 0; q < fixes.length; q++) {
        if (fixes[q] != 0) {
          at[k] = q;
          by[k++] = fixes[q];
        }
      }
      return new Corrections(at, by);
    }
  }

  /**
   * Sample s's patches transposed, as 32-bit words: columns[k][px] is int k of the patch of output position px
   * (int 2q of tap t's word q is its low half, 2q + 1 its high half), zero for taps outside the image. Written tap by
   * tap, so every row of columns fills left to right.
   */
  private static void gatherColumns(long[] xb, int s, int h, int w, int wpp, int ho, int wo, int kh, int kw,
                                    int stride, int pad, int[][] columns) {
    for (int[] column : columns) {
      java.util.Arrays.fill(column, 0);
    }
    for (int i = 0; i < kh; i++) {
      for (int j = 0; j < kw; j++) {
        for (int q = 0; q < wpp; q++) {
          int[] low = columns[2 * ((i * kw + j) * wpp + q)];
          int[] high = columns[2 * ((i * kw + j) * wpp + q) + 1];
          for (int oy = 0; oy < ho; oy++) {
            int y = oy * stride - pad + i;
            if (y < 0 || y >= h) {
              continue;
            }
            int row = ((s * h + y) * w) * wpp + q;
            for (int ox = 0; ox < wo; ox++) {
              int xx = ox * stride - pad + j;
              if (xx >= 0 && xx < w) {
                long v = xb[row + xx * wpp];
                low[oy * wo + ox] = (int) v;
                high[oy * wo + ox] = (int) (v >>> 32);
              }
            }
          }
        }
      }
    }
  }
}
