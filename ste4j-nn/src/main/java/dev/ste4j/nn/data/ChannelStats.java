package dev.ste4j.nn.data;

import java.util.Arrays;

/**
 * Per-channel mean and standard deviation, measured on a training set and applied to any split:
 * {@code x' = (x − mean[c]) / std[c]}.
 *
 * <p>Channels are the first dimension of a sample shape of rank ≥ 2 ({@code [C, H, W]}: {@code C} channels of
 * {@code H·W} values); a rank-1 shape ({@code [F]}) is one channel. Statistics are population statistics (divide by
 * N), accumulated in double precision in a fixed order (two passes: the mean, then squared deviations), so they are
 * reproducible bit for bit. A channel with zero deviation (a constant channel) is only centred: its std is taken as 1.
 * Use the training set's statistics for the validation and test sets, never their own.
 *
 * @param mean per-channel mean
 * @param std per-channel population standard deviation, 1 where the channel is constant
 */
public record ChannelStats(double[] mean, double[] std) {

  public ChannelStats {
    if (mean.length != std.length || mean.length == 0) {
      throw new IllegalArgumentException("mean and std need one entry per channel, got " + mean.length + " and "
          + std.length);
    }
    mean = mean.clone();
    std = std.clone();
  }

  /** Number of channels of a sample shape: its first dimension when it has rank ≥ 2, else 1. */
  public static int channels(int[] sampleShape) {
    return sampleShape.length >= 2 ? sampleShape[0] : 1;
  }

  /** Measures the statistics of a (training) dataset. */
  public static ChannelStats of(Dataset train) {
    if (train.size() == 0) {
      throw new IllegalArgumentException(train.name() + ": cannot measure statistics of an empty dataset");
    }
    int channels = channels(train.sampleShape());
    int plane = train.sampleSize() / channels;
    float[] x = train.features();
    double[] mean = new double[channels];
    double[] std = new double[channels];
    long perChannel = (long) train.size() * plane;
    for (int c = 0; c < channels; c++) {
      double sum = 0;
      for (int s = 0; s < train.size(); s++) {
        int o = s * train.sampleSize() + c * plane;
        for (int i = 0; i < plane; i++) {
          sum += x[o + i];
        }
      }
      mean[c] = sum / perChannel;
      double sq = 0;
      for (int s = 0; s < train.size(); s++) {
        int o = s * train.sampleSize() + c * plane;
        for (int i = 0; i < plane; i++) {
          double d = x[o + i] - mean[c];
          sq += d * d;
        }
      }
      double sd = Math.sqrt(sq / perChannel);
      std[c] = sd > 0 ? sd : 1.0;
    }
    return new ChannelStats(mean, std);
  }

  /** Standardises a dataset with these statistics; its channel count must match. */
  public Dataset apply(Dataset ds) {
    int channels = channels(ds.sampleShape());
    if (channels != mean.length) {
      throw new IllegalArgumentException(ds.name() + " has " + channels + " channels, these statistics "
          + mean.length);
    }
    int plane = ds.sampleSize() / channels;
    float[] x = ds.features();
    float[] y = new float[x.length];
    for (int s = 0; s < ds.size(); s++) {
      for (int c = 0; c < channels; c++) {
        int o = s * ds.sampleSize() + c * plane;
        float m = (float) mean[c];
        float inv = (float) (1.0 / std[c]);
        for (int i = 0; i < plane; i++) {
          y[o + i] = (x[o + i] - m) * inv;
        }
      }
    }
    return ds.withFeatures(ds.name(), y);
  }

  @Override
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public double[] std() {
    return std.clone();
  }

  @Override
  public String toString() {
    return "ChannelStats[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]";
  }
}
