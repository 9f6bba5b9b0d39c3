package dev.ste4j.lab.jeong2025;

import dev.ste4j.lab.sweep.CellSeed;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the uniform-deviation grid: sample r of (n, N) draws its teacher and inputs from
 * {@code new Rng(seed).split(n, N, r)} (split by purpose as {@link Trial} does) and its searched states from a stream
 * of its own, so results are the same for any thread count. N_ρ(n) is where the median ρ, made non-increasing in N,
 * crosses the target, interpolated linearly in log ρ against log N; its intervals resample each cell's samples. The
 * exponent of N_ρ(n) is fitted to the exactly enumerated n only.
 */
public final class DeviationExperiment {

  private static final long TEACHER = 1;
  private static final long INPUTS = 2;
  private static final long NOISE = 3;
  private static final long STATES = 5;
  private static final long BOOTSTRAP = -1;

  private DeviationExperiment() {}

  public static DeviationResult run(DeviationConfig config, TrialRunner runner) {
    long start = System.nanoTime();
    List<Integer> dims = config.dimensions();
    List<Integer> sizes = config.sampleSizes();
    int reps = config.replicates();
    int total = dims.size() * sizes.size() * reps;
    int[] order = new int[total];
    for (int i = 0; i < total; i++) {
      order[i] = total - 1 - i; // the largest n and N last in the grid: run them first
    }
    MethodConfig method = PhaseConfig.defaultMethod();
    List<UniformDeviation.Measurement> measured = runner.run(order, i -> {
      int n = dims.get(i / (sizes.size() * reps));
      int size = sizes.get(i / reps % sizes.size());
      Rng source = CellSeed.source(config.seed(), n, size, i % reps);
      ModelConfig model = config.model().withDimension(n);
      Teacher teacher = Teacher.draw(model, method, source.split(TEACHER));
      Sample sample = Sample.draw(model, teacher, size, source.split(INPUTS), source.split(NOISE));
      return UniformDeviation.measure(sample, teacher, config.exactUpTo(), config.randomStates(),
          source.split(STATES));
    });
    double[][][] rho = new double[dims.size()][sizes.size()][reps];
    List<DeviationCell> cells = new ArrayList<>();
    for (int a = 0; a < dims.size(); a++) {
      for (int b = 0; b < sizes.size(); b++) {
        UniformDeviation.Measurement first = measured.get((a * sizes.size() + b) * reps);
        for (int r = 0; r < reps; r++) {
          rho[a][b][r] = measured.get((a * sizes.size() + b) * reps + r).rho();
        }
        double[] sorted = rho[a][b].clone();
        Arrays.sort(sorted);
        cells.add(new DeviationCell(dims.get(a), sizes.get(b), reps, ThresholdEstimator.quantile(sorted, 0.5),
            ThresholdEstimator.quantile(sorted, 0.25), ThresholdEstimator.quantile(sorted, 0.75),
            sorted[reps - 1], first.exact(), first.states()));
      }
    }
    return analyze(config, cells, rho, (System.nanoTime() - start) * 1e-9);
  }

  /** N_ρ(n) and its exponent from every sample's ρ ({@code rho[n index][N index][sample]}). */
  static DeviationResult analyze(DeviationConfig config, List<DeviationCell> cells, double[][][] rho, double seconds) {
    int[] sizes = config.sampleSizes().stream().mapToInt(Integer::intValue).toArray();
    int dims = config.dimensions().size();
    double[] n = config.dimensions().stream().mapToDouble(Integer::doubleValue).toArray();
    double[] point = new double[dims];
    // Only exactly enumerated n enter the fit: a searched maximum is a lower bound, so its N_ρ would be one too.
    double[] fitted = new double[dims];
    for (int a = 0; a < dims; a++) {
      point[a] = crossingBelow(sizes, medians(rho[a], null), config.target());
      fitted[a] = config.dimensions().get(a) <= config.exactUpTo() ? point[a] : Double.NaN;
    }
    Rng rng = new Rng(config.seed()).split(BOOTSTRAP);
    int replicates = config.bootstrap();
    double[][] boot = new double[dims][replicates];
    double[] slopes = new double[replicates];
    int usable = 0;
    for (int b = 0; b < replicates; b++) {
      double[] rep = new double[dims];
      for (int a = 0; a < dims; a++) {
        rep[a] = crossingBelow(sizes, medians(rho[a], rng), config.target());
        boot[a][b] = rep[a];
      }
      double slope = slope(n, fitted, rep);
      if (!Double.isNaN(slope)) {
        slopes[usable++] = slope;
      }
    }
    List<Threshold> needed = new ArrayList<>();
    List<Integer> used = new ArrayList<>();
    for (int a = 0; a < dims; a++) {
      needed.add(Threshold.fromBootstrap(config.dimensions().get(a), point[a], boot[a]));
      if (Double.isFinite(fitted[a])) {
        used.add(config.dimensions().get(a));
      }
    }
    PowerLawFit fit = used.size() >= 2 ? PowerLawFit.fit(n, finiteOrNaN(fitted)) : null;
    double[] s = Arrays.copyOf(slopes, usable);
    Arrays.sort(s);
    boolean interval = fit != null && usable > 0;
    ExponentEstimate k = new ExponentEstimate(fit, interval ? ThresholdEstimator.quantile(s, 0.025) : Double.NaN,
        interval ? ThresholdEstimator.quantile(s, 0.975) : Double.NaN, fit == null ? 0 : usable, replicates,
        fit == null ? List.of() : used);
    return new DeviationResult(config, cells, needed, k, seconds);
  }

  /**
   * The first N at which ρ (made non-increasing by isotonic regression) is at or below the target, interpolated in
   * log ρ against log N; −∞ when the smallest N already is, +∞ when none is.
   */
  static double crossingBelow(int[] sizes, double[] rho, double target) {
    double[] negated = new double[rho.length];
    for (int i = 0; i < rho.length; i++) {
      negated[i] = -rho[i];
    }
    double[] p = ThresholdEstimator.monotone(negated);
    if (-p[0] <= target) {
      return Double.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < p.length; i++) {
      if (-p[i] <= target) {
        double x0 = Math.log(sizes[i - 1]);
        double x1 = Math.log(sizes[i]);
        double y0 = Math.log(-p[i - 1]);
        double y1 = Math.log(-p[i]);
        double t = y1 == y0 ? 1 : (Math.log(target) - y0) / (y1 - y0);
        return Math.exp(x0 + t * (x1 - x0));
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  /** The median of each cell's samples, resampled with replacement from {@code rng} when it is given. */
  private static double[] medians(double[][] cellsOfOneN, Rng rng) {
    double[] out = new double[cellsOfOneN.length];
    for (int b = 0; b < out.length; b++) {
      double[] x = cellsOfOneN[b];
      double[] y = new double[x.length];
      for (int r = 0; r < x.length; r++) {
        y[r] = rng == null ? x[r] : x[rng.nextInt(x.length)];
      }
      Arrays.sort(y);
      out[b] = ThresholdEstimator.quantile(y, 0.5);
    }
    return out;
  }

  private static double slope(double[] n, double[] point, double[] rep) {
    int count = 0;
    double[] y = new double[n.length];
    for (int a = 0; a < n.length; a++) {
      if (Double.isFinite(point[a])) {
        if (!Double.isFinite(rep[a])) {
          return Double.NaN;
        }
        y[a] = rep[a];
        count++;
      } else {
        y[a] = Double.NaN;
      }
    }
    return count >= 2 ? PowerLawFit.fit(n, y).exponent() : Double.NaN;
  }

  private static double[] finiteOrNaN(double[] x) {
    double[] y = x.clone();
    for (int i = 0; i < y.length; i++) {
      if (!Double.isFinite(y[i])) {
        y[i] = Double.NaN;
      }
    }
    return y;
  }
}
