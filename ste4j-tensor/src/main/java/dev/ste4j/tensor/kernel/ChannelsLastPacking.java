package dev.ste4j.tensor.kernel;

/**
 * Signs of [N, C, H, W] floats packed channel-last, the layout of the binary convolution ({@link BitKernels#conv2d}):
 * each pixel's channels are consecutive bits, so a kernel window is a run of whole words.
 */
public final class ChannelsLastPacking {

  private ChannelsLastPacking() {}

  /**
   * Packs signs of [N, C, H, W] values channel-last: pixel (n, y, x) owns {@code wordsFor(C)} words at
   * ((n·H + y)·W + x)·wordsFor(C), bit c set where x[n, c, y, x] ≥ 0; bits past C stay 0 so they cancel in XOR.
   * The same layout packs a weight [O, C, kh, kw] as O "images" of kh×kw pixels.
   */
  public static long[] pack(float[] x, int offset, int n, int c, int h, int w) {
    int wpp = PackedBits.wordsFor(c);
    int hw = h * w;
    long[] out = new long[n * hw * wpp];
    Parallel.forRange(n, 1, (from, to) -> {
      long[] block = new long[64];
      for (int s = from; s < to; s++) {
        packSample(x, offset + s * c * hw, c, hw, out, s * hw * wpp, block);
      }
    });
    return out;
  }

  /**
   * One sample's [C, H·W] values at x[offset …] packed into out[dst …] as {@link #pack} lays them out; {@code block}
   * is 64 words of scratch.
   */
  public static void packSample(float[] x, int offset, int c, int hw, long[] out, int dst, long[] block) {
    packSampleBetween(x, offset, c, hw, null, null, out, dst, block);
  }

  /**
   * As {@link #packSample}, the bit of channel ch being 1 where lo[ch] ≤ x ≤ hi[ch] instead of x ≥ 0 (a folded batch
   * norm and sign); lo null: x ≥ 0.
   */
  public static void packSampleBetween(float[] x, int offset, int c, int hw, float[] lo, float[] hi, long[] out,
                                       int dst, long[] block) {
    int wpp = PackedBits.wordsFor(c);
    BitTiles tiles = KernelProvider.tiles();
    // Blocks of 64 channels × 64 pixels: each channel's 64 pixels packed as one word (a row of the block), then the
    // 64×64 bit block transposed, so each pixel's word holds its 64 channels. Setting one bit per channel and pixel
    // in place cost a read-modify-write per value (a fifth of the exported bnn-vgg-small's time, measured).
    for (int q = 0; q < wpp; q++) {
      int channels = Math.min(64, c - 64 * q);
      for (int p0 = 0; p0 < hw; p0 += 64) {
        int pixels = Math.min(64, hw - p0);
        java.util.Arrays.fill(block, channels, 64, 0L);
        for (int b = 0; b < channels; b++) {
          int ch = 64 * q + b;
          if (lo == null) {
            tiles.packRow(x, offset + ch * hw + p0, pixels, block, b);
          } else {
            tiles.packRowBetween(x, offset + ch * hw + p0, pixels, lo[ch], hi[ch], block, b);
          }
        }
        transpose64(block);
        for (int j = 0; j < pixels; j++) {
          out[dst + (p0 + j) * wpp + q] = block[j];
        }
      }
    }
  }

  /**
   * Max pool of packed signs, windows k×k at stride s without padding ((h − k)/s + 1 rows, as {@code Pool.maxPool2d}):
   * the max of ±1 values is +1 when any is +1, so a pixel's words are the OR of its window's words.
   */
  public static long[] maxPool(long[] bits, int n, int c, int h, int w, int k, int stride) {
    if (k < 1 || stride < 1 || k > h || k > w) {
      throw new IllegalArgumentException("maxPool2d: kernel " + k + ", stride " + stride + " invalid for [" + n + ", "
          + c + ", " + h + ", " + w + "]");
    }
    int wpp = PackedBits.wordsFor(c);
    int ho = (h - k) / stride + 1;
    int wo = (w - k) / stride + 1;
    long[] out = new long[n * ho * wo * wpp];
    Parallel.forRange(n, 1, (from, to) -> {
      for (int s = from; s < to; s++) {
        for (int oy = 0; oy < ho; oy++) {
          for (int ox = 0; ox < wo; ox++) {
            int dst = ((s * ho + oy) * wo + ox) * wpp;
            for (int i = 0; i < k; i++) {
              int src = ((s * h + oy * stride + i) * w + ox * stride) * wpp;
              for (int j = 0; j < k; j++) {
                for (int q = 0; q < wpp; q++) {
                  out[dst + q] |= bits[src + j * wpp + q];
                }
              }
            }
          }
        }
      }
    });
    return out;
  }

  /**
   * Transposes a 64×64 bit matrix in place (bit c of a[r] ↔ bit r of a[c]) by swapping the off-diagonal blocks at
   * each of six scales (Warren, Hacker's Delight, §7-3).
   */
  static void transpose64(long[] a) {
    long m = 0x00000000FFFFFFFFL;
    for (int j = 32; j != 0; j >>>= 1, m ^= m << j) {
      for (int k = 0; k < 64; k = ((k | j) + 1) & ~j) {
        long t = ((a[k] >>> j) ^ a[k | j]) & m;
        a[k] ^= t << j;
        a[k | j] ^= t;
      }
    }
  }
}
