package dev.ste4j.lab.jeong2025;

import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the recovery phase diagram: for every (n, N) of the grid, independent trials of the STE-gradient method; the
 * rate of exact recovery of w* by the last and the averaged iterate; thresholds N*(n) at 50% and the exponent k of
 * N* ∝ nᵏ with bootstrap intervals.
 *
 * <p>Trial t of cell (n, N) draws from {@code new Rng(seed).split(n, N, t)}; the bootstrap draws from streams split
 * by other keys. Results are therefore the same for any thread count.
 */
public final class PhaseExperiment {

  /** The success probability defining N*. */
  public static final double LEVEL = 0.5;

  private static final long BOOTSTRAP = -1;

  private PhaseExperiment() {}

  public static PhaseResult run(PhaseConfig config, TrialRunner runner) {
    long start = System.nanoTime();
    List<Integer> dims = config.dimensions();
    List<Integer> sizes = config.sampleSizes();
    int trials = config.trials();
    int total = dims.size() * sizes.size() * trials;
    Rng root = new Rng(config.seed());
    // Expensive trials first (cost grows with n·N) so no thread is left with a long one at the end.
    Integer[] order = new Integer[total];
    for (int i = 0; i < total; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingLong((Integer i) -> -cost(config, i)).thenComparingInt(i -> i));
    List<TrialOutcome> outcomes = runner.run(Arrays.stream(order).mapToInt(Integer::intValue).toArray(), i -> {
      int n = dims.get(i / (sizes.size() * trials));
      int size = sizes.get(i / trials % sizes.size());
      int t = i % trials;
      return Trial.run(config.model().withDimension(n), config.method(), size, root.split(n, size, t), false);
    });
    List<PhaseCell> cells = new ArrayList<>();
    List<SuccessCurve> lastCurves = new ArrayList<>();
    List<SuccessCurve> averagedCurves = new ArrayList<>();
    for (int a = 0; a < dims.size(); a++) {
      List<Integer> last = new ArrayList<>();
      List<Integer> averaged = new ArrayList<>();
      for (int b = 0; b < sizes.size(); b++) {
        int lastOk = 0;
        int averagedOk = 0;
        double evaluations = 0;
        double distance = 0;
        for (int t = 0; t < trials; t++) {
          TrialOutcome o = outcomes.get((a * sizes.size() + b) * trials + t);
          lastOk += o.lastRecovered() ? 1 : 0;
          averagedOk += o.averagedRecovered() ? 1 : 0;
          evaluations += o.evaluations();
          distance += o.lastDistance();
        }
        cells.add(new PhaseCell(dims.get(a), sizes.get(b), trials, lastOk, averagedOk, evaluations / trials,
            distance / trials));
        last.add(lastOk);
        averaged.add(averagedOk);
      }
      lastCurves.add(new SuccessCurve(dims.get(a), sizes, last, trials));
      averagedCurves.add(new SuccessCurve(dims.get(a), sizes, averaged, trials));
    }
    SampleComplexity lastFit =
        ThresholdEstimator.analyze(lastCurves, LEVEL, config.bootstrap(), root.split(BOOTSTRAP, 0));
    SampleComplexity averagedFit =
        ThresholdEstimator.analyze(averagedCurves, LEVEL, config.bootstrap(), root.split(BOOTSTRAP, 1));
    WorkRate work = WorkRate.of(outcomes, config.method().iterations(), (System.nanoTime() - start) * 1e-9,
        runner.threads());
    return new PhaseResult(config, cells, lastFit, averagedFit, work);
  }

  private static long cost(PhaseConfig config, int i) {
    int s = config.sampleSizes().size();
    int trials = config.trials();
    return (long) config.dimensions().get(i / (s * trials)) * config.sampleSizes().get(i / trials % s);
  }
}
