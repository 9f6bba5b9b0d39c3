package dev.ste4j.lab.jeong2025;

import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Estimates the thresholds N*(n) at one success level and the exponent k in N* ∝ nᵏ, with bootstrap intervals.
 *
 * <p>Point estimate for one curve: the observed rates are made non-decreasing in N by weighted isotonic regression
 * (pool-adjacent-violators; the true recovery probability rises with N, and monotone smoothing keeps one noisy cell
 * from creating several crossings), then N* is interpolated linearly in log N between the last grid point below the
 * level and the first at or above it. Censored when the first grid point is already at the level or none reaches it.
 *
 * <p>Bootstrap: each replicate resamples every cell's trials ({@link TrialBootstrap}: from the cell's Jeffreys
 * posterior, so that 0 % and 100 % cells vary too), then recomputes every N*(n) and refits k on the same dimensions
 * as the point estimate. Percentile intervals (2.5%, 97.5%). Replicates are drawn from one stream in a fixed order, so
 * the intervals are reproducible from the seed.
 */
public final class ThresholdEstimator {

  private ThresholdEstimator() {}

  /**
   * The interpolated crossing of the level, or −∞ when censored below the grid and +∞ when censored above it.
   */
  public static double crossing(int[] sizes, double[] rates, double level) {
    double[] p = monotone(rates);
    if (p[0] >= level) {
      return Double.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < p.length; i++) {
      if (p[i] >= level) {
        double x0 = Math.log(sizes[i - 1]);
        double x1 = Math.log(sizes[i]);
        double t = (level - p[i - 1]) / (p[i] - p[i - 1]);
        return Math.exp(x0 + t * (x1 - x0));
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  /**
   * Thresholds for every curve, the exponent fitted to all estimated ones and to those of the upper half of the n
   * grid, with bootstrap intervals from the same replicates, and the local slopes between consecutive thresholds.
   */
  public static SampleComplexity analyze(List<SuccessCurve> curves, double level, int replicates, Rng rng) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("success level must lie in (0, 1), got " + level);
    }
    if (replicates < 0) {
      throw new IllegalArgumentException("bootstrap replicates must be >= 0, got " + replicates);
    }
    int c = curves.size();
    double[] dims = new double[c];
    double[] point = new double[c];
    for (int i = 0; i < c; i++) {
      SuccessCurve curve = curves.get(i);
      dims[i] = curve.dimension();
      point[i] = crossing(sizes(curve), curve.rates(), level);
    }
    boolean[] all = new boolean[c];
    boolean[] upper = new boolean[c];
    for (int i = 0; i < c; i++) {
      all[i] = Double.isFinite(point[i]);
      upper[i] = all[i] && i >= c / 2;
    }
    double[][] boot = new double[c][replicates];
    double[] slopes = new double[replicates];
    double[] upperSlopes = new double[replicates];
    int used = 0;
    int upperUsed = 0;
    for (int b = 0; b < replicates; b++) {
      double[] rep = new double[c];
      for (int i = 0; i < c; i++) {
        SuccessCurve curve = curves.get(i);
        rep[i] = crossing(sizes(curve), resample(curve, rng), level);
        boot[i][b] = rep[i];
      }
      double slope = refit(dims, all, rep);
      if (!Double.isNaN(slope)) {
        slopes[used++] = slope;
      }
      double upperSlope = refit(dims, upper, rep);
      if (!Double.isNaN(upperSlope)) {
        upperSlopes[upperUsed++] = upperSlope;
      }
    }
    List<Threshold> thresholds = new ArrayList<>(c);
    for (int i = 0; i < c; i++) {
      thresholds.add(Threshold.fromBootstrap(curves.get(i).dimension(), point[i], boot[i]));
    }
    return new SampleComplexity(level, thresholds, exponent(dims, point, all, slopes, used, replicates),
        exponent(dims, point, upper, upperSlopes, upperUsed, replicates), localSlopes(dims, point));
  }

  private static ExponentEstimate exponent(double[] dims, double[] point, boolean[] use, double[] slopes, int used,
                                           int replicates) {
    List<Integer> fitted = new ArrayList<>();
    for (int i = 0; i < dims.length; i++) {
      if (use[i]) {
        fitted.add((int) dims[i]);
      }
    }
    PowerLawFit fit = fitted.size() >= 2 ? PowerLawFit.fit(masked(dims, use), masked(point, use)) : null;
    double[] s = Arrays.copyOf(slopes, used);
    Arrays.sort(s);
    boolean interval = fit != null && used > 0;
    return new ExponentEstimate(fit, interval ? quantile(s, 0.025) : Double.NaN,
        interval ? quantile(s, 0.975) : Double.NaN, fit == null ? 0 : used, replicates,
        fit == null ? List.of() : fitted);
  }

  private static List<SampleComplexity.LocalSlope> localSlopes(double[] dims, double[] point) {
    List<SampleComplexity.LocalSlope> out = new ArrayList<>();
    int previous = -1;
    for (int i = 0; i < dims.length; i++) {
      if (!Double.isFinite(point[i])) {
        continue;
      }
      if (previous >= 0) {
        out.add(new SampleComplexity.LocalSlope((int) dims[previous], (int) dims[i],
            Math.log(point[i] / point[previous]) / Math.log(dims[i] / dims[previous])));
      }
      previous = i;
    }
    return out;
  }

  /** The slope on the dimensions marked {@code use}, or NaN if this replicate censored any of them. */
  private static double refit(double[] dims, boolean[] use, double[] rep) {
    int count = 0;
    for (int i = 0; i < dims.length; i++) {
      if (use[i]) {
        if (!Double.isFinite(rep[i])) {
          return Double.NaN;
        }
        count++;
      }
    }
    if (count < 2) {
      return Double.NaN;
    }
    try {
      return PowerLawFit.fit(masked(dims, use), masked(rep, use)).exponent();
    } catch (IllegalArgumentException e) {
      return Double.NaN;
    }
  }

  /** Every cell's rate after {@link TrialBootstrap#resample}. */
  private static double[] resample(SuccessCurve curve, Rng rng) {
    double[] out = new double[curve.sizes().size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (double) TrialBootstrap.resample(curve.successes().get(i), curve.trials(), rng) / curve.trials();
    }
    return out;
  }

  /** Weighted-equal isotonic (non-decreasing) regression by pool-adjacent-violators. */
  static double[] monotone(double[] p) {
    int n = p.length;
    double[] value = new double[n];
    int[] size = new int[n];
    int blocks = 0;
    for (double x : p) {
      value[blocks] = x;
      size[blocks] = 1;
      blocks++;
      while (blocks > 1 && value[blocks - 2] > value[blocks - 1]) {
        int merged = size[blocks - 2] + size[blocks - 1];
        value[blocks - 2] = (value[blocks - 2] * size[blocks - 2] + value[blocks - 1] * size[blocks - 1]) / merged;
        size[blocks - 2] = merged;
        blocks--;
      }
    }
    double[] out = new double[n];
    int k = 0;
    for (int b = 0; b < blocks; b++) {
      for (int j = 0; j < size[b]; j++) {
        out[k++] = value[b];
      }
    }
    return out;
  }

  /** Linear-interpolation quantile of sorted values (type 7). */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    double a = sorted[lo];
    double b = sorted[hi];
    if (a == b || h == lo) {
      return a;
    }
    // Censored replicates are ±∞: an interval end that touches them is open on that side.
    if (a == Double.NEGATIVE_INFINITY || b == Double.POSITIVE_INFINITY) {
      return a == Double.NEGATIVE_INFINITY ? a : b;
    }
    return a + (h - lo) * (b - a);
  }

  private static int[] sizes(SuccessCurve curve) {
    return curve.sizes().stream().mapToInt(Integer::intValue).toArray();
  }

  /** The values where {@code use}, NaN elsewhere (skipped by the fit). */
  private static double[] masked(double[] values, boolean[] use) {
    double[] y = new double[values.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = use[i] ? values[i] : Double.NaN;
    }
    return y;
  }
}
