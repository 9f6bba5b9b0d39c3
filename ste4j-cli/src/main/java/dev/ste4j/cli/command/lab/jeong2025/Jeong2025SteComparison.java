package dev.ste4j.cli.command.lab.jeong2025;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.lab.jeong2025.MethodConfig;
import dev.ste4j.lab.jeong2025.ModelConfig;
import dev.ste4j.lab.jeong2025.PhaseCell;
import dev.ste4j.lab.jeong2025.PhaseConfig;
import dev.ste4j.lab.jeong2025.PhaseExperiment;
import dev.ste4j.lab.jeong2025.PhaseResult;
import dev.ste4j.lab.jeong2025.TrialRunner;
import dev.ste4j.lab.numeric.BinomialInterval;
import dev.ste4j.nn.quantizer.SteVariant;
import java.io.IOException;
import java.util.List;

/**
 * The STEs side by side on Gaussian inputs at one n: identity, ReLU, and the clipped ReLU with its pass band scaled
 * to the pre-activation's standard deviation √n (c = 1: band (0, √n)) and, for contrast, with the unscaled band
 * (0, 1) (c = 1/√n), which passes only the pre-activations within 1/√n standard deviations of zero. Every STE runs the
 * same trials (same seed and coordinates), so the rates differ only by the STE.
 */
final class Jeong2025SteComparison {

  private Jeong2025SteComparison() {}

  /** One STE setting: a name for the table and the method. */
  private record Setting(String name, MethodConfig method) {}

  static void write(int dimension, List<Integer> sizes, int trials, long seed, TrialRunner runner, RunFolder run,
                    Report.Section section, String prefix) throws IOException {
    MethodConfig base = PhaseConfig.defaultMethod();
    List<Setting> settings = List.of(
        new Setting("identity", with(base, SteVariant.IDENTITY, 1)),
        new Setting("relu", with(base, SteVariant.RELU, 1)),
        new Setting("clipped_relu, band (0, √n)", with(base, SteVariant.CLIPPED_RELU, 1)),
        new Setting("clipped_relu, band (0, 1) unscaled", with(base, SteVariant.CLIPPED_RELU,
            1 / Math.sqrt(dimension))));
    Table t = new Table("ste", "N", "trials", "last_successes", "last_rate", "last_low95", "last_high95",
        "averaged_rate", "mean_last_distance");
    List<String> commands = new java.util.ArrayList<>();
    for (Setting s : settings) {
      PhaseConfig c = new PhaseConfig(ModelConfig.twoLayer(dimension), s.method(), List.of(dimension), sizes, trials,
          0, List.of(0.5), seed);
      commands.add(Jeong2025Commands.phase(c));
      PhaseResult r = PhaseExperiment.run(c, runner);
      for (int size : sizes) {
        PhaseCell x = r.cell(dimension, size);
        BinomialInterval w = BinomialInterval.wilson95(x.lastSuccesses(), x.trials());
        t.row(s.name(), size, x.trials(), x.lastSuccesses(), x.lastRate(), w.low(), w.high(), x.averagedRate(),
            x.meanLastDistance());
      }
    }
    run.writeTable(prefix + "-cells", t);
    section.paragraph("The clipped-ReLU STE passes 0 < x < c·√n: its clip level is in units of √n, the standard "
        + "deviation of the pre-activation x = zᵀQ(w) for unit-variance inputs (--clip sets c), so c = 1 passes the "
        + "same share of pre-activations at every n and the comparison with the scale-free identity and ReLU STEs is "
        + "fair. The unscaled band (0, 1) is shown beside it. n = " + dimension + ", Gaussian inputs, " + trials
        + " trials per cell, the same trials for every STE, seed " + seed + ".");
    section.table("Exact recovery per STE (last-iterate 95 % Wilson interval)", t);
    section.paragraph("Each STE's rows of " + prefix + "-cells.csv rerun alone with one of these commands:");
    section.code(String.join("\n", commands));
  }

  private static MethodConfig with(MethodConfig m, SteVariant ste, double clip) {
    return new MethodConfig(ste, clip, m.stepSize(), m.iterations(), m.initialization(), m.initScale(),
        m.trainSecondLayer());
  }
}
