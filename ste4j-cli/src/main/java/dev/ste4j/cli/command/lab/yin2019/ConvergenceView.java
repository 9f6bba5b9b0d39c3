package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.report.Charts;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.cli.report.XyChart;
import dev.ste4j.lab.yin2019.ConvergenceConfig;
import dev.ste4j.lab.yin2019.ConvergenceResult;
import dev.ste4j.lab.yin2019.ConvergenceRun;
import dev.ste4j.lab.yin2019.ConvergenceSummary;
import dev.ste4j.lab.yin2019.Trajectory;
import dev.ste4j.lab.numeric.BinomialInterval;
import dev.ste4j.lab.yin2019.YinSte;
import dev.ste4j.nn.quantizer.SteVariant;
import java.io.IOException;
import java.util.List;

/** Renders experiment (a) into a run folder (tables, plots) and a report section; every number shown is measured. */
final class ConvergenceView {

  private static final int TRAJECTORIES = 10;

  /** A single-run θ plot ends a little after every run has come within this of its last value (radians). */
  private static final double SETTLED = 1e-3;

  private ConvergenceView() {}

  static void render(ConvergenceResult r, RunFolder run, Report.Section s, String prefix) throws IOException {
    ConvergenceConfig c = r.config();
    Table summary = new Table("mode", "start", "ste", "runs", "global", "global_low95", "global_high95", "spurious",
        "spurious_low95", "spurious_high95", "other", "median_final_loss", "median_final_theta");
    for (ConvergenceSummary x : r.summaries()) {
      BinomialInterval g = wilson(x.global(), x.runs());
      BinomialInterval sp = wilson(x.spurious(), x.runs());
      summary.row(x.mode(), x.start(), YinSte.key(x.ste()), x.runs(), x.global(), g.low(), g.high(), x.spurious(),
          sp.low(), sp.high(), x.other(), x.medianFinalLoss(), x.medianFinalTheta());
    }
    run.writeTable(prefix + "convergence-summary", summary);
    Table runs = new Table("mode", "start", "ste", "run", "theorem2", "outcome", "final_loss", "final_empirical_loss",
        "final_theta", "final_norm_w", "final_coarse_norm", "last_iteration", "loss_increases", "rises_at_long_steps", "largest_rise", "largest_rise_away");
    for (ConvergenceRun x : r.runs()) {
      Trajectory t = x.trajectory();
      int k = t.size() - 1;
      runs.row(x.mode(), x.start(), YinSte.key(x.ste()), x.run(), x.theorem2(), x.outcome(), t.loss()[k],
          t.empiricalLoss()[k], t.theta()[k], t.normW()[k], t.coarseNorm()[k], t.iterations()[k],
          t.lossIncreases(), t.risesAtLongSteps(), t.largestRise(), t.largestRiseAway());
    }
    run.writeTable(prefix + "convergence-runs", runs);

    s.paragraph(String.format("(a) Coarse gradient descent (Algorithm 1), m = %d, n = %d, step size η = %s. "
            + "Population version: %d runs per STE and start, %d iterations, with the closed-form expected coarse "
            + "gradients. Empirical version: %d runs per STE on N = %d fixed Gaussian samples, %d iterations. Each run "
            + "draws its own teacher (v* ~ N(0, I), unit w*) and starts; 'theorem2' starts are drawn conditioned on "
            + "Theorem 2's conditions ((v⁰)ᵀv* > 0, θ⁰ < π/2, (1ᵀv*)(1ᵀv⁰) ≤ (1ᵀv*)²). Outcome 'global': θ < tol and "
            + "‖v − v*‖ ≤ tol·max(1, ‖v*‖) at the end, tol = 0.01 (population) or 0.1 (empirical: with finite N the "
            + "empirical coarse gradient comes to rest at a small angle from w*); 'spurious': as close to "
            + "Proposition 1's spurious minimizer (and, for the population version, stationary); 'other': neither.",
        c.m(), c.n(), c.stepSize(), c.runs(), c.iterations(), c.empiricalRuns(), c.samples(),
        c.empiricalIterations()));
    s.table("Fraction of runs by outcome, with 95 % Wilson intervals", summary);
    s.paragraph("Theorem 2 predicts 100 % global for ReLU and clipped ReLU from 'theorem2' starts (population, small "
        + "η). The identity STE is not covered by Theorem 2; from random starts it cannot settle at the spurious "
        + "minimizer, where its expected coarse gradient is non-zero, and such runs end in 'other'.");

    // Random starts end at θ = 0 or at θ = π, with losses apart by many decades: a median or a band over all runs
    // would draw a path no run took, so θ and the loss are drawn per outcome (median and quartiles of the runs that
    // ended there, solid for global, dashed otherwise).
    XyChart loss = Charts.logY("Population loss by outcome, median and quartiles (random starts)", "iteration",
        "f(v, w)");
    XyChart theta = Charts.line("θ(w, w*), median over the runs of each outcome (random starts)", "iteration", "θ");
    for (SteVariant e : SteVariant.values()) {
      addByOutcome(loss, r, e, Trajectory::loss);
      addByOutcome(theta, r, e, Trajectory::theta);
    }
    s.image(run.plot(prefix + "convergence-loss", loss), "Median population loss against iterations, split by where "
        + "the runs ended (k of n runs in the legend); shaded: lower to upper quartile of those runs.");
    s.image(run.plot(prefix + "convergence-theta", theta), "Median θ against iterations, split by where the runs "
        + "ended (k of n runs in the legend); shaded: lower to upper quartile of those runs.");
    for (SteVariant e : SteVariant.values()) {
      XyChart traj = Charts.line("θ of the first " + TRAJECTORIES + " runs, " + YinSte.key(e) + " STE (random starts)",
          "iteration", "θ");
      List<ConvergenceRun> sel = r.select("population", "random", e);
      // Coloured by where each run ended, one legend entry per outcome: the reader sees which paths led where.
      java.util.Set<String> shown = new java.util.HashSet<>();
      List<ConvergenceRun> first = sel.subList(0, Math.min(TRAJECTORIES, sel.size()));
      // The runs settle long before the last iteration: plot up to a little after the last one has settled.
      SettledWindow w = SettledWindow.of(first.stream().map(x -> x.trajectory().iterations()).toList(),
          first.stream().map(x -> x.trajectory().theta()).toList(), SETTLED);
      for (ConvergenceRun x : first) {
        Trajectory t = x.trajectory();
        double[][] xy = w.cut(t.iterations(), t.theta());
        var series = Charts.add(traj, "run " + x.run() + " (" + x.outcome() + ")", xy[0], xy[1]);
        series.colour(OUTCOME_COLOURS.get(x.outcome())).markers(false);
        if (shown.add(x.outcome())) {
          series.label(x.outcome());
        } else {
          series.hideFromLegend();
        }
      }
      s.image(run.plot(prefix + "convergence-theta-" + YinSte.key(e), traj),
          "θ against iterations for single runs with the " + YinSte.key(e) + " STE, coloured by outcome"
              + (w.cuts() ? "; the first " + w.window() + " of " + w.last() + " iterations, after iteration "
              + w.settled() + " every run shown stays within " + SETTLED + " of its last θ." : "."));
    }
    if (c.empiricalRuns() > 0) {
      XyChart emp = Charts.logY("Empirical loss (N = " + c.samples() + "), median and quartiles over runs",
          "iteration", "empirical loss");
      for (SteVariant e : SteVariant.values()) {
        List<ConvergenceRun> sel = r.select("empirical", "random", e);
        RunQuantiles q = RunQuantiles.of(sel, Trajectory::empiricalLoss);
        Charts.add(emp, YinSte.key(e) + " (" + sel.size() + " runs)", q.iterations(), q.median())
            .colour(STE_COLOURS[e.ordinal()]).band(q.lower(), q.upper());
      }
      s.image(run.plot(prefix + "convergence-empirical", emp), "Median empirical loss of the empirical version; "
          + "shaded: lower to upper quartile over the runs.");
    }
  }

  /** One median curve (with its quartile band) per outcome of the STE's random-start runs; the STE's colour, dashed unless global. */
  private static void addByOutcome(XyChart chart, ConvergenceResult r, SteVariant e,
                                   java.util.function.Function<Trajectory, double[]> quantity) {
    List<ConvergenceRun> all = r.select("population", "random", e);
    java.awt.Color colour = STE_COLOURS[e.ordinal()];
    for (String outcome : List.of(ConvergenceRun.GLOBAL, ConvergenceRun.SPURIOUS, ConvergenceRun.OTHER)) {
      List<ConvergenceRun> sel = all.stream().filter(x -> x.outcome().equals(outcome)).toList();
      if (sel.isEmpty()) {
        continue;
      }
      RunQuantiles q = RunQuantiles.of(sel, quantity);
      String name = YinSte.key(e) + " → " + outcome + " (" + sel.size() + " of " + all.size() + ")";
      var series = outcome.equals(ConvergenceRun.GLOBAL) ? Charts.add(chart, name, q.iterations(), q.median())
          : Charts.addDashed(chart, name, q.iterations(), q.median());
      series.colour(colour).band(q.lower(), q.upper());
    }
  }

  private static final java.awt.Color[] STE_COLOURS = {
      new java.awt.Color(0x0072B2), new java.awt.Color(0xD55E00), new java.awt.Color(0x009E73)};

  private static final java.util.Map<String, java.awt.Color> OUTCOME_COLOURS = java.util.Map.of(
      ConvergenceRun.GLOBAL, new java.awt.Color(0x1e7b45), ConvergenceRun.SPURIOUS, new java.awt.Color(0xb42318),
      ConvergenceRun.OTHER, new java.awt.Color(0x5b6475));

  /** The Wilson interval of a fraction of {@code runs} (the fraction is a count over runs, so it is exact). */
  static BinomialInterval wilson(double fraction, int runs) {
    return BinomialInterval.wilson95(Math.round(fraction * runs), runs);
  }
}
