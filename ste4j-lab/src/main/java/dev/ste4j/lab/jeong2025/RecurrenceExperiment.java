package dev.ste4j.lab.jeong2025;

import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the recurrence experiment: with label noise the residual at Q(w) = w* is not zero, so the latent weights keep
 * moving until a sign flips; the signal term then pulls the iterate back — it escapes from and returns to the optimum
 * again and again. Without noise the gradient at the optimum is exactly zero and the iterate stays once there.
 *
 * <p>Trial t at sample size N draws from {@code new Rng(seed).split(n, N, t)} whatever the noise level, so every level
 * sees the same teacher, inputs and noise directions; results are the same for any thread count.
 */
public final class RecurrenceExperiment {

  private RecurrenceExperiment() {}

  public static RecurrenceResult run(RecurrenceConfig config, TrialRunner runner) {
    long start = System.nanoTime();
    List<Double> levels = config.noiseLevels();
    List<Integer> sizes = config.sampleSizes();
    int trials = config.trials();
    int n = config.model().dimension();
    Rng root = new Rng(config.seed());
    int total = levels.size() * sizes.size() * trials;
    List<TrialOutcome> outcomes = runner.run(total, i -> {
      double s = levels.get(i / (sizes.size() * trials));
      int size = sizes.get(i / trials % sizes.size());
      int t = i % trials;
      return Trial.run(config.model().withNoise(s), config.method(), size, root.split(n, size, t), t == 0);
    });
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
        traces.add(new RecurrenceTrace(levels.get(a), sizes.get(b), outcomes.get(base).trace()));
      }
    }
    WorkRate work = WorkRate.of(outcomes, steps, (System.nanoTime() - start) * 1e-9, runner.threads());
    return new RecurrenceResult(config, cells, traces, work);
  }
}
