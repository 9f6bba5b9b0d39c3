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
    BitTiles tiles = KernelProvider.tiles();
    // Blocks of 64 channels × 64 pixels: each channel's 64 pixels packed as one word (a row of the block), then the
    // 64×64 bit block transposed, so each pixel's word holds its 64 channels. Setting one bit per channel and pixel
    // in place cost a read-modify-write per value (a fifth of the exported bnn-vgg-small's time, measured).
    Parallel.forRange(n, 1, (from, to) -> {
      long[] block = new long[64];
      for (int s = from; s < to; s++) {
        int dst = s * hw * wpp;
        for (int q = 0; q < wpp; q++) {
          int channels = Math.min(64, c - 64 * q);
          for (int p0 = 0; p0 < hw; p0 += 64) {
            int pixels = Math.min(64, hw - p0);
            java.util.Arrays.fill(block, channels, 64, 0L);
            for (int b = 0; b < channels; b++) {
              tiles.packRow(x, offset + (s * c + 64 * q + b) * hw + p0, pixels, block, b);
            }
            transpose64(block);
            for (int j = 0; j < pixels; j++) {
              out[dst + (p0 + j) * wpp + q] = block[j];
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
