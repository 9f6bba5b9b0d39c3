package dev.ste4j.lab.jeong2025;

import dev.ste4j.tensor.random.Rng;
import dev.ste4j.lab.sweep.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Runs the recovery phase diagram: for every (n, N) of the grid, independent trials of the STE-gradient method; the
 * rate of exact recovery of w* by the last and the averaged iterate; thresholds N*(n) at every recovery level of the
 * config and the exponent k of N* ∝ nᵏ per level, with bootstrap intervals.
 *
 * <p>The trials are the cells of a {@link PhaseSweep}: trial t of cell (n, N) draws from
 * {@code new Rng(seed).split(n, N, t)}; the bootstrap draws from streams split by other keys. Results are therefore
 * the same for any thread count and any engine that runs the sweep.
 */
public final class PhaseExperiment {

  private static final long BOOTSTRAP = -1;

  private PhaseExperiment() {}

  /** Runs the trials on {@code runner}'s threads, expensive first, and assembles the result. */
  public static PhaseResult run(PhaseConfig config, TrialRunner runner) {
    long start = System.nanoTime();
    PhaseSweep sweep = new PhaseSweep(config);
    int[] all = IntStream.range(0, sweep.cells().size()).toArray();
    List<TrialOutcome> outcomes =
        runner.run(Schedule.expensiveFirst(sweep, all), i -> sweep.run(sweep.cells().get(i)));
    return assemble(config, outcomes, (System.nanoTime() - start) * 1e-9, runner.threads());
  }

  /**
   * The result from the outcomes of every trial, in {@link PhaseSweep}'s cell order, however they were run:
   * success rates per (n, N), thresholds and the exponent (the bootstrap seeded from the run seed alone). Only the
   * work rate depends on {@code seconds} and {@code threads}.
   */
  public static PhaseResult assemble(PhaseConfig config, List<TrialOutcome> outcomes, double seconds, int threads) {
    List<Integer> dims = config.dimensions();
    List<Integer> sizes = config.sampleSizes();
    int trials = config.trials();
    if (outcomes.size() != dims.size() * sizes.size() * trials) {
      throw new IllegalArgumentException("the phase grid has " + dims.size() * sizes.size() * trials
          + " trials, got " + outcomes.size() + " outcomes");
    }
    Rng root = new Rng(config.seed());
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
    List<SampleComplexity> lastFits = new ArrayList<>();
    List<SampleComplexity> averagedFits = new ArrayList<>();
    for (int l = 0; l < config.levels().size(); l++) {
      double level = config.levels().get(l);
      // The first level keeps the streams it always had (split by iterate alone), so its intervals do not move.
      Rng lastStream = l == 0 ? root.split(BOOTSTRAP, 0) : root.split(BOOTSTRAP, 0, l);
      Rng averagedStream = l == 0 ? root.split(BOOTSTRAP, 1) : root.split(BOOTSTRAP, 1, l);
      lastFits.add(ThresholdEstimator.analyze(lastCurves, level, config.bootstrap(), lastStream));
      averagedFits.add(ThresholdEstimator.analyze(averagedCurves, level, config.bootstrap(), averagedStream));
    }
    WorkRate work = WorkRate.of(outcomes, config.method().iterations(), seconds, threads);
    return new PhaseResult(config, cells, lastFits, averagedFits, work);
  }
}
