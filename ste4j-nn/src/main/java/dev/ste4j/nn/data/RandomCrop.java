package dev.ste4j.nn.data;

import dev.ste4j.tensor.random.Rng;
import java.util.Arrays;

/**
 * Random-crop augmentation: pad each image with {@code padding} zeros on every side, crop a random window of the
 * original size, and (when {@code flip}) mirror it horizontally with probability 1/2. Padding 4 with flips is the
 * standard CIFAR augmentation (He et al. 2016, "Deep Residual Learning", §4.2); padding 2 without flips shifts MNIST
 * digits by up to two pixels, which keeps a digit a digit (a mirrored 2 is not one).
 *
 * <p>For a sample of shape {@code [C, H, W]} with crop offsets {@code oy, ox ∈ [0, 2·padding]} the output is
 * {@code out[c][y][x] = in[c][y + oy − p][x' + ox − p]} with {@code x' = flip ? W − 1 − x : x}, and 0 where the source
 * lies in the padding. Offsets {@code (p, p)} without flip give the image back unchanged. Each sample draws, in order,
 * {@code oy}, {@code ox} and the flip from the given source, so a seed fixes the whole batch; run it on one thread per
 * source (give parallel workers {@code rng.split(...)} streams). The padding is 0 in whatever space the batch is in:
 * after per-channel standardisation that is the channel mean, the usual choice.
 */
public record RandomCrop(int padding, boolean flip) {

  /** The standard CIFAR setting: padding 4 and horizontal flips. */
  public RandomCrop() {
    this(4, true);
  }

  public RandomCrop {
    if (padding < 0) {
      throw new IllegalArgumentException("padding must be non-negative, got " + padding);
    }
  }

  /** No augmentation: padding 0, no flips. */
  public static RandomCrop none() {
    return new RandomCrop(0, false);
  }

  /** True when it changes nothing (padding 0 and no flips), so a trainer can skip it. */
  public boolean isIdentity() {
    return padding == 0 && !flip;
  }

  /** A new batch with every sample cropped and possibly flipped; the input is not changed. Shape {@code [C, H, W]}. */
  public MiniBatch apply(MiniBatch batch, Rng rng) {
    return new MiniBatch(apply(batch.features(), batch.size(), batch.sampleShape(), rng), batch.labels().clone(),
        batch.sampleShape());
  }

  /**
   * The {@code n} samples of shape {@code [C, H, W]} in {@code in}, cropped and possibly flipped into a new array.
   *
   * @throws IllegalArgumentException when a sample is not an image [C, H, W]
   */
  public float[] apply(float[] in, int n, int[] sampleShape, Rng rng) {
    if (sampleShape.length != 3) {
      throw new IllegalArgumentException("random-crop augmentation needs image samples of shape [C, H, W], got "
          + Arrays.toString(sampleShape));
    }
    int c = sampleShape[0];
    int h = sampleShape[1];
    int w = sampleShape[2];
    int size = c * h * w;
    float[] out = new float[in.length];
    for (int s = 0; s < n; s++) {
      int oy = rng.nextInt(2 * padding + 1);
      int ox = rng.nextInt(2 * padding + 1);
      boolean mirror = flip && rng.nextSign() < 0;
      transform(in, s * size, out, s * size, c, h, w, oy - padding, ox - padding, mirror);
    }
    return out;
  }

  /**
   * Writes one sample shifted by {@code (dy, dx)} (zeros where it leaves the image) and mirrored if asked:
   * {@code out[ch][y][x] = in[ch][y + dy][x' + dx]}, {@code x' = mirror ? w − 1 − x : x}.
   */
  static void transform(float[] in, int inOff, float[] out, int outOff, int c, int h, int w, int dy, int dx,
      boolean mirror) {
    for (int ch = 0; ch < c; ch++) {
      int plane = ch * h * w;
      for (int y = 0; y < h; y++) {
        int sy = y + dy;
        int row = outOff + plane + y * w;
        if (sy < 0 || sy >= h) {
          Arrays.fill(out, row, row + w, 0f);
          continue;
        }
        int srcRow = inOff + plane + sy * w;
        for (int x = 0; x < w; x++) {
          int sx = (mirror ? w - 1 - x : x) + dx;
          out[row + x] = sx >= 0 && sx < w ? in[srcRow + sx] : 0f;
        }
      }
    }
  }
}
