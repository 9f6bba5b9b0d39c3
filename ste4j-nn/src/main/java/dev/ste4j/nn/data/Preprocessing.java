package dev.ste4j.nn.data;

import java.util.Arrays;

/**
 * What is done to raw samples (as the dataset files hold them, e.g. pixels 0..255) before a model sees them, in float
 * arithmetic and in this order: {@code x' = (x / rawMax − mean[c]) · invStd[c]} for a value of channel {@code c}.
 * This is {@link Normalization#toUnitRange} followed by {@link ChannelStats#apply}, bit for bit: {@code mean} and
 * {@code invStd} are the float values that {@code ChannelStats.apply} uses. With no channels the second step is
 * skipped; {@link #IDENTITY} (rawMax 1, no channels) leaves every value as it is.
 *
 * @param rawMax the largest raw value, which maps to 1; positive and finite
 * @param mean per-channel mean of the scaled training split (empty: no standardisation)
 * @param invStd per-channel 1 / standard deviation, as float; positive and finite
 */
public record Preprocessing(float rawMax, float[] mean, float[] invStd) {

  /** Leaves values unchanged: what a model exported without preprocessing takes. */
  public static final Preprocessing IDENTITY = new Preprocessing(1f, new float[0], new float[0]);

  public Preprocessing {
    if (!(rawMax > 0) || !Float.isFinite(rawMax)) {
      throw new IllegalArgumentException("preprocessing: raw maximum must be positive and finite, got " + rawMax);
    }
    if (mean.length != invStd.length) {
      throw new IllegalArgumentException("preprocessing: " + mean.length + " means but " + invStd.length
          + " inverse deviations");
    }
    for (int c = 0; c < mean.length; c++) {
      if (!Float.isFinite(mean[c]) || !(invStd[c] > 0) || !Float.isFinite(invStd[c])) {
        throw new IllegalArgumentException("preprocessing: channel " + c + " has mean " + mean[c]
            + " and inverse deviation " + invStd[c] + "; both must be finite, the deviation positive");
      }
    }
    mean = mean.clone();
    invStd = invStd.clone();
  }

  /** Scaling by {@code rawMax}, then standardisation with statistics measured on the scaled training split. */
  public static Preprocessing of(float rawMax, ChannelStats stats) {
    double[] m = stats.mean();
    double[] s = stats.std();
    float[] mean = new float[m.length];
    float[] invStd = new float[m.length];
    for (int c = 0; c < m.length; c++) {
      // The same roundings as ChannelStats.apply, so both give the same floats.
      mean[c] = (float) m[c];
      invStd[c] = (float) (1.0 / s[c]);
    }
    return new Preprocessing(rawMax, mean, invStd);
  }

  /** What ste train does: scale a raw training split to [0, 1], measure its channel statistics. */
  public static Preprocessing measure(float rawMax, Dataset rawTrain) {
    return of(rawMax, ChannelStats.of(Normalization.toUnitRange(rawTrain, rawMax)));
  }

  /** True when it changes nothing. */
  public boolean isIdentity() {
    return rawMax == 1f && mean.length == 0;
  }

  /** The number of channels standardised (0: none). */
  public int channels() {
    return mean.length;
  }

  /**
   * Preprocesses {@code n} samples of shape {@code sampleShape} stored one after another in {@code raw}; returns a new
   * array. The channel count must be that of the shape ({@link ChannelStats#channels}) unless there are none.
   */
  public float[] apply(float[] raw, int[] sampleShape) {
    int sampleSize = Arrays.stream(sampleShape).reduce(1, (a, b) -> a * b);
    int channels = ChannelStats.channels(sampleShape);
    if (mean.length != 0 && mean.length != channels) {
      throw new IllegalArgumentException("preprocessing for " + mean.length + " channels, samples of shape "
          + Arrays.toString(sampleShape) + " have " + channels);
    }
    if (sampleSize == 0 || raw.length % sampleSize != 0) {
      throw new IllegalArgumentException(raw.length + " values are not whole samples of shape "
          + Arrays.toString(sampleShape));
    }
    float[] y = new float[raw.length];
    if (mean.length == 0) {
      for (int i = 0; i < raw.length; i++) {
        y[i] = raw[i] / rawMax;
      }
      return y;
    }
    int plane = sampleSize / channels;
    for (int o = 0; o < raw.length; o += plane) {
      int c = (o / plane) % channels;
      float m = mean[c];
      float inv = invStd[c];
      for (int i = o; i < o + plane; i++) {
        y[i] = (raw[i] / rawMax - m) * inv;
      }
    }
    return y;
  }

  /** The dataset preprocessed (same name, shape and labels). */
  public Dataset apply(Dataset raw) {
    return raw.withFeatures(raw.name(), apply(raw.features(), raw.sampleShape()));
  }

  @Override
  public float[] mean() {
    return mean.clone();
  }

  @Override
  public float[] invStd() {
    return invStd.clone();
  }

  /** A one-line text form that {@link #parse} reads back exactly, e.g. {@code raw_max=255.0 mean=0.13 inv_std=3.2}. */
  public String format() {
    return "raw_max=" + rawMax + " mean=" + join(mean) + " inv_std=" + join(invStd);
  }

  /** Reads {@link #format}'s form. */
  public static Preprocessing parse(String text) {
    String[] parts = text.trim().split(" ");
    if (parts.length != 3 || !parts[0].startsWith("raw_max=") || !parts[1].startsWith("mean=")
        || !parts[2].startsWith("inv_std=")) {
      throw new IllegalArgumentException("preprocessing '" + text + "': expected raw_max=X mean=A,B,… inv_std=A,B,…");
    }
    try {
      return new Preprocessing(Float.parseFloat(parts[0].substring(8)), floats(parts[1].substring(5)),
          floats(parts[2].substring(8)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("preprocessing '" + text + "': " + e.getMessage(), e);
    }
  }

  private static String join(float[] v) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      sb.append(i == 0 ? "" : ",").append(v[i]); // Float.toString: parseFloat gives back the same float
    }
    return sb.toString();
  }

  private static float[] floats(String s) {
    if (s.isEmpty()) {
      return new float[0];
    }
    String[] p = s.split(",", -1);
    float[] v = new float[p.length];
    for (int i = 0; i < p.length; i++) {
      v[i] = Float.parseFloat(p[i]);
    }
    return v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Preprocessing p && Float.compare(rawMax, p.rawMax) == 0 && Arrays.equals(mean, p.mean)
        && Arrays.equals(invStd, p.invStd);
  }

  @Override
  public int hashCode() {
    return Float.hashCode(rawMax) * 31 * 31 + Arrays.hashCode(mean) * 31 + Arrays.hashCode(invStd);
  }

  @Override
  public String toString() {
    return "Preprocessing[" + format() + "]";
  }
}
