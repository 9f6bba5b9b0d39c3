package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.lab.numeric.BinomialInterval;
import dev.ste4j.lab.yin2019.GapConfig;
import dev.ste4j.lab.yin2019.GapExperiment;
import dev.ste4j.lab.yin2019.GapResult;
import dev.ste4j.lab.yin2019.GapRun;
import dev.ste4j.lab.yin2019.YinSte;
import dev.ste4j.nn.quantizer.SteVariant;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Renders the population–empirical gap experiment: global fractions per N with intervals, and the paired counts. */
final class GapView {

  private GapView() {}

  static void render(GapResult r, RunFolder run, Report.Section s, String prefix) throws IOException {
    GapConfig c = r.config();
    Table summary = new Table("ste", "samples", "runs", "global", "global_low95", "global_high95", "both_global",
        "population_only", "empirical_only", "neither", "median_final_theta");
    for (SteVariant ste : GapExperiment.STES) {
      for (int size : concat(0, c.samples())) {
        List<GapRun> sel = r.select(ste, size);
        int g = r.global(ste, size);
        BinomialInterval w = BinomialInterval.wilson95(g, sel.size());
        int[] p = size == 0 ? new int[] {g, 0, 0, sel.size() - g} : r.paired(ste, size);
        double[] theta = sel.stream().mapToDouble(GapRun::finalTheta).sorted().toArray();
        summary.row(YinSte.key(ste), size == 0 ? "population" : String.valueOf(size), sel.size(), g / (double) sel.size(),
            w.low(), w.high(), p[0], p[1], p[2], p[3], theta[theta.length / 2]);
      }
    }
    run.writeTable(prefix + "gap-summary", summary);
    Table runs = new Table("ste", "run", "samples", "outcome", "final_theta");
    for (GapRun x : r.runs()) {
      runs.row(YinSte.key(x.ste()), x.run(), x.samples(), x.outcome(), x.finalTheta());
    }
    run.writeTable(prefix + "gap-runs", runs);
    s.paragraph(String.format(Locale.ROOT, "Population against empirical coarse gradient descent, paired: %d runs "
            + "per STE, m = %d, n = %d, each from the teacher and random start of experiment (a)'s run of the same "
            + "index and seed, once with the population coarse gradient and once on the first N of one stream of "
            + "Gaussian samples for N = %s — the same η = %s and %d iterations for all, so within a pair only N "
            + "differs. (Experiment (a) itself gives its empirical runs half the iterations.) Global: θ < 0.01 and "
            + "‖v − v*‖ ≤ 0.01·max(1, ‖v*‖) for the population runs, 0.1 for the empirical ones (their stationary "
            + "points lie a small angle from w* that shrinks with N).", c.runs(), c.m(), c.n(),
        Arrays.toString(c.samples()), c.stepSize(), c.iterations()));
    s.table("Fraction reaching the global minimizer, 95 % Wilson intervals, and the pairs against the population run",
        summary);
  }

  private static int[] concat(int first, int[] rest) {
    int[] out = new int[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }
}
