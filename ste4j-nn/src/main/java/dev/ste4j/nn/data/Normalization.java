package dev.ste4j.nn.data;

/**
 * Scaling of raw values: {@code x' = x · factor}, e.g. pixels 0..255 to [0, 1] with {@code factor = 1/255}.
 * Per-channel standardisation, which needs statistics from the training set, is {@link ChannelStats}.
 */
public final class Normalization {

  private Normalization() {}

  /** Every value multiplied by {@code factor}; a new dataset named {@code name + "/scaled"}. */
  public static Dataset scale(Dataset ds, float factor) {
    if (!Float.isFinite(factor)) {
      throw new IllegalArgumentException("scale factor must be finite, got " + factor);
    }
    float[] x = ds.features();
    float[] y = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] * factor;
    }
    return ds.withFeatures(ds.name(), y);
  }

  /**
   * Raw values {@code 0..max} mapped to [0, 1]: {@code x' = x / max}, computed as a division so that {@code max} itself
   * maps to exactly 1.
   */
  public static Dataset toUnitRange(Dataset ds, float max) {
    if (!(max > 0) || !Float.isFinite(max)) {
      throw new IllegalArgumentException("the maximum of the raw range must be positive and finite, got " + max);
    }
    float[] x = ds.features();
    float[] y = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] / max;
    }
    return ds.withFeatures(ds.name(), y);
  }
}
