package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.report.Charts;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.cli.report.XyChart;
import dev.ste4j.lab.yin2019.OneStepCurve;
import dev.ste4j.lab.yin2019.OneStepLossConfig;
import dev.ste4j.lab.yin2019.OneStepLossResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Renders experiment (d), the paper's Figure 1. */
final class Figure1View {

  private Figure1View() {}

  static void render(OneStepLossResult r, RunFolder run, Report.Section s, String prefix) throws IOException {
    OneStepLossConfig c = r.config();
    List<String> cols = new ArrayList<>(List.of("eta"));
    for (OneStepCurve curve : r.curves()) {
      cols.add("empirical_loss_n" + curve.samples());
      cols.add("population_loss_n" + curve.samples());
    }
    Table curves = new Table(cols);
    double[] eta = r.stepSizes();
    for (int k = 0; k < eta.length; k++) {
      List<Object> row = new ArrayList<>(List.of(eta[k]));
      for (OneStepCurve curve : r.curves()) {
        row.add(curve.empiricalLoss()[k]);
        row.add(curve.populationLoss()[k]);
      }
      curves.row(row.toArray());
    }
    run.writeTable(prefix + "figure1", curves);
    Table rough = new Table("samples", "intervals_with_activation_flips", "largest_change_between_steps");
    for (OneStepCurve curve : r.curves()) {
      rough.row(curve.samples(), curve.patternChanges(), curve.largestChange());
    }
    run.writeTable(prefix + "figure1-roughness", rough);

    s.paragraph(String.format("(d) Figure 1: the empirical loss on N samples after one step of Algorithm 1 along the "
            + "negative empirical coarse gradient (%s STE), against the step size η ∈ [0, %s] (%d values); m = %d, "
            + "n = %d (the paper does not state them). Each flip of an activation 1{Zw > 0} is a jump of the "
            + "empirical loss, so for small N the curve is a rough staircase; for large N the jumps are many but "
            + "small and the curve approaches the smooth population loss along the same direction (dashed).",
        c.ste().key(), c.maxStep(), c.steps(), c.m(), c.n()));
    s.table("Roughness of each curve", rough);
    List<java.nio.file.Path> panels = new ArrayList<>();
    List<String> sizes = new ArrayList<>();
    for (OneStepCurve curve : r.curves()) {
      XyChart chart = Charts.line("Loss after one step, N = " + curve.samples(), "step size η", "loss").panel();
      Charts.add(chart, "empirical (N = " + curve.samples() + ")", eta, curve.empiricalLoss());
      Charts.addDashed(chart, "population", eta, curve.populationLoss());
      panels.add(run.plot(prefix + "figure1-n" + curve.samples(), chart));
      sizes.add(Integer.toString(curve.samples()));
    }
    s.imageRow(panels, "Loss after one step against η, N = " + String.join(", ", sizes) + " (left to right); "
        + "the dashed curve is the population loss along the same step.");
  }
}
