package dev.ste4j.lab.jeong2025;

import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Estimates the thresholds N*(n) at a success level and the exponent k in N* ∝ nᵏ, with bootstrap intervals.
 *
 * <p>Point estimate for one curve: the observed rates are made non-decreasing in N by weighted isotonic regression
 * (pool-adjacent-violators; the true recovery probability rises with N, and monotone smoothing keeps one noisy cell
 * from creating several crossings), then N* is interpolated linearly in log N between the last grid point below the
 * level and the first at or above it. Censored when the first grid point is already at the level or none reaches it.
 *
 * <p>Bootstrap: each replicate redraws every cell's successes as Binomial(trials, observed rate) — resampling the
 * trials of that cell with replacement — then recomputes every N*(n) and refits k on the same dimensions as the
 * point estimate. Percentile intervals (2.5%, 97.5%). Replicates are drawn from one stream in a fixed order, so the
 * intervals are reproducible from the seed.
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

  /** Thresholds for every curve and the exponent fitted to the estimated ones, with bootstrap intervals. */
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
    double[][] boot = new double[c][replicates];
    double[] slopes = new double[replicates];
    int used = 0;
    for (int b = 0; b < replicates; b++) {
      double[] rep = new double[c];
      for (int i = 0; i < c; i++) {
        SuccessCurve curve = curves.get(i);
        rep[i] = crossing(sizes(curve), resample(curve, rng), level);
        boot[i][b] = rep[i];
      }
      double slope = refit(dims, point, rep);
      if (!Double.isNaN(slope)) {
        slopes[used++] = slope;
      }
    }
    List<Threshold> thresholds = new ArrayList<>(c);
    for (int i = 0; i < c; i++) {
      thresholds.add(threshold(curves.get(i).dimension(), point[i], boot[i]));
    }
    PowerLawFit fit = estimatedCount(point) >= 2 ? PowerLawFit.fit(dims, finite(point)) : null;
    double[] s = Arrays.copyOf(slopes, used);
    Arrays.sort(s);
    ExponentEstimate exponent = new ExponentEstimate(fit, fit == null || used == 0 ? Double.NaN : quantile(s, 0.025),
        fit == null || used == 0 ? Double.NaN : quantile(s, 0.975), fit == null ? 0 : used, replicates);
    return new SampleComplexity(level, thresholds, exponent);
  }

  private static Threshold threshold(int dimension, double point, double[] replicates) {
    Threshold.Censoring censoring = point == Double.NEGATIVE_INFINITY ? Threshold.Censoring.BELOW_GRID
        : point == Double.POSITIVE_INFINITY ? Threshold.Censoring.ABOVE_GRID : Threshold.Censoring.NONE;
    double value = censoring == Threshold.Censoring.NONE ? point : Double.NaN;
    if (replicates.length == 0) {
      return new Threshold(dimension, value, Double.NaN, Double.NaN, censoring);
    }
    double[] r = replicates.clone();
    Arrays.sort(r);
    // A replicate censored below the grid sorts as −∞ and one above as +∞, which is what the bounds then say.
    double lo = Math.max(0, quantile(r, 0.025));
    double hi = quantile(r, 0.975);
    return new Threshold(dimension, value, lo, hi, censoring);
  }

  /** The slope on the dimensions estimated in the point fit, or NaN if this replicate censored any of them. */
  private static double refit(double[] dims, double[] point, double[] rep) {
    if (estimatedCount(point) < 2) {
      return Double.NaN;
    }
    double[] x = new double[dims.length];
    double[] y = new double[dims.length];
    for (int i = 0; i < dims.length; i++) {
      if (Double.isFinite(point[i])) {
        if (!Double.isFinite(rep[i])) {
          return Double.NaN;
        }
        x[i] = dims[i];
        y[i] = rep[i];
      } else {
        x[i] = Double.NaN;
        y[i] = Double.NaN;
      }
    }
    try {
      return PowerLawFit.fit(x, y).exponent();
    } catch (IllegalArgumentException e) {
      return Double.NaN;
    }
  }

  private static double[] resample(SuccessCurve curve, Rng rng) {
    double[] p = curve.rates();
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      int s = 0;
      for (int t = 0; t < curve.trials(); t++) {
        if (rng.nextDouble() < p[i]) {
          s++;
        }
      }
      out[i] = (double) s / curve.trials();
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

  private static int estimatedCount(double[] point) {
    int k = 0;
    for (double x : point) {
      if (Double.isFinite(x)) {
        k++;
      }
    }
    return k;
  }

  private static double[] finite(double[] point) {
    double[] y = point.clone();
    for (int i = 0; i < y.length; i++) {
      if (!Double.isFinite(y[i])) {
        y[i] = Double.NaN;
      }
    }
    return y;
  }
}
