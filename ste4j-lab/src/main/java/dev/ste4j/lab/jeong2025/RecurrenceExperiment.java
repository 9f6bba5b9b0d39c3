package dev.ste4j.lab.jeong2025;

import dev.ste4j.lab.sweep.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Runs the recurrence experiment: with label noise the residual at Q(w) = w* is not zero, so the latent weights keep
 * moving until a sign flips; the signal term then pulls the iterate back — it escapes from and returns to the optimum
 * again and again. Without noise the gradient at the optimum is exactly zero and the iterate stays once there.
 *
 * <p>The trials are the cells of a {@link RecurrenceSweep}: trial t at sample size N draws from
 * {@code new Rng(seed).split(n, N, t)} whatever the noise level, so every level sees the same teacher, inputs and
 * noise directions; results are the same for any thread count and any engine that runs the sweep.
 */
public final class RecurrenceExperiment {

  private RecurrenceExperiment() {}

  /** Runs the trials on {@code runner}'s threads, expensive first, and assembles the result. */
  public static RecurrenceResult run(RecurrenceConfig config, TrialRunner runner) {
    long start = System.nanoTime();
    RecurrenceSweep sweep = new RecurrenceSweep(config);
    int[] all = IntStream.range(0, sweep.cells().size()).toArray();
    List<TrialOutcome> outcomes =
        runner.run(Schedule.expensiveFirst(sweep, all), i -> sweep.run(sweep.cells().get(i)));
    return assemble(config, outcomes, (System.nanoTime() - start) * 1e-9, runner.threads());
  }

  /**
   * The result from every trial's outcome, in {@link RecurrenceSweep}'s cell order, however they were run. A trial 0
   * without its trace (read back from a results table, which keeps no traces) is run again for it: the trial is
   * deterministic, so the trace is the one it had. Only the work rate depends on {@code seconds} and {@code threads}.
   */
  public static RecurrenceResult assemble(RecurrenceConfig config, List<TrialOutcome> outcomes, double seconds,
                                          int threads) {
    List<Double> levels = config.noiseLevels();
    List<Integer> sizes = config.sampleSizes();
    int trials = config.trials();
    if (outcomes.size() != levels.size() * sizes.size() * trials) {
      throw new IllegalArgumentException("the recurrence grid has " + levels.size() * sizes.size() * trials
          + " trials, got " + outcomes.size() + " outcomes");
    }
    RecurrenceSweep sweep = new RecurrenceSweep(config);
    List<RecurrenceCell> cells = new ArrayList<>();
    List<RecurrenceTrace> traces = new ArrayList<>();
    int steps = config.method().iterations();
    for (int a = 0; a < levels.size(); a++) {
      for (int b = 0; b < sizes.size(); b++) {
        int base = (a * sizes.size() + b) * trials;
        int reached = 0;
        int stayed = 0;
        double fraction = 0;
        double returns = 0;
        double departures = 0;
        double excursions = 0;
        double firstHit = 0;
        for (int t = 0; t < trials; t++) {
          TrialOutcome o = outcomes.get(base + t);
          if (o.firstHit() >= 0) {
            reached++;
            firstHit += o.firstHit();
            if (o.departures() == 0) {
              stayed++;
            }
          }
          fraction += o.fractionAtOptimum(steps);
          returns += o.returns();
          departures += o.departures();
          if (o.returns() > 0) {
            excursions += o.meanReturnTime() * o.returns();
          }
        }
        cells.add(new RecurrenceCell(levels.get(a), sizes.get(b), trials, reached, stayed, fraction / trials,
            returns / trials, departures / trials, returns > 0 ? excursions / returns : Double.NaN,
            reached > 0 ? firstHit / reached : Double.NaN));
        int[] trace = outcomes.get(base).trace();
        if (trace == null) {
          trace = sweep.run(sweep.cells().get(base)).trace();
        }
        traces.add(new RecurrenceTrace(levels.get(a), sizes.get(b), trace));
      }
    }
    WorkRate work = WorkRate.of(outcomes, steps, seconds, threads);
    return new RecurrenceResult(config, cells, traces, work);
  }
}
