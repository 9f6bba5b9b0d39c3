package dev.ste4j.nn.data;

import dev.ste4j.tensor.random.Rng;
import java.util.Arrays;

/**
 * The standard CIFAR training augmentation (He et al. 2016, "Deep Residual Learning", §4.2): pad each image with
 * {@code padding} zeros on every side, crop a random window of the original size, and flip it horizontally with
 * probability 1/2.
 *
 * <p>For a sample of shape {@code [C, H, W]} with crop offsets {@code oy, ox ∈ [0, 2·padding]} the output is
 * {@code out[c][y][x] = in[c][y + oy − p][x' + ox − p]} with {@code x' = flip ? W − 1 − x : x}, and 0 where the source
 * lies in the padding. Offsets {@code (p, p)} without flip give the image back unchanged. Each sample draws, in order,
 * {@code oy}, {@code ox} and the flip from the given source, so a seed fixes the whole batch; run it on one thread per
 * source (give parallel workers {@code rng.split(...)} streams). The padding is 0 in whatever space the batch is in:
 * after per-channel standardisation that is the channel mean, the usual choice.
 */
public final class CifarAugmentation {

  private final int padding;
  private final boolean flip;

  /** The standard setting: padding 4 and horizontal flips. */
  public CifarAugmentation() {
    this(4, true);
  }

  public CifarAugmentation(int padding, boolean flip) {
    if (padding < 0) {
      throw new IllegalArgumentException("padding must be non-negative, got " + padding);
    }
    this.padding = padding;
    this.flip = flip;
  }

  /** A new batch with every sample cropped and possibly flipped; the input is not changed. Shape {@code [C, H, W]}. */
  public MiniBatch apply(MiniBatch batch, Rng rng) {
    int[] shape = batch.sampleShape();
    if (shape.length != 3) {
      throw new IllegalArgumentException("CIFAR augmentation needs samples of shape [C, H, W], got "
          + Arrays.toString(shape));
    }
    int c = shape[0];
    int h = shape[1];
    int w = shape[2];
    int size = c * h * w;
    float[] in = batch.features();
    float[] out = new float[in.length];
    for (int s = 0; s < batch.size(); s++) {
      int oy = rng.nextInt(2 * padding + 1);
      int ox = rng.nextInt(2 * padding + 1);
      boolean mirror = flip && rng.nextSign() < 0;
      transform(in, s * size, out, s * size, c, h, w, oy - padding, ox - padding, mirror);
    }
    return new MiniBatch(out, batch.labels().clone(), shape);
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
