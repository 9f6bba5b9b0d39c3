package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.report.Charts;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.cli.report.XyChart;
import dev.ste4j.lab.yin2019.InstabilityConfig;
import dev.ste4j.lab.yin2019.InstabilityNorm;
import dev.ste4j.lab.yin2019.InstabilityRatio;
import dev.ste4j.lab.yin2019.InstabilityResult;
import dev.ste4j.lab.yin2019.InstabilityRun;
import dev.ste4j.lab.yin2019.Trajectory;
import dev.ste4j.lab.yin2019.YinSte;
import dev.ste4j.nn.quantizer.SteVariant;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Renders experiment (b), the identity-STE instability at the spurious minimizer. */
final class InstabilityView {

  private InstabilityView() {}

  static void render(InstabilityResult r, RunFolder run, Report.Section s, String prefix) throws IOException {
    InstabilityConfig c = r.config();
    Table norms = new Table("m", "sum_vstar", "identity_norm", "paper_identity_norm", "relative_difference",
        "relu_norm", "clipped_relu_norm");
    double worst = 0;
    for (InstabilityNorm n : r.norms()) {
      double rel = Math.abs(n.identity() - n.paperIdentity()) / n.paperIdentity();
      worst = Math.max(worst, rel);
      norms.row(n.m(), n.sumVStar(), n.identity(), n.paperIdentity(), rel, n.relu(), n.clippedRelu());
    }
    run.writeTable(prefix + "instability-norms", norms);
    Table runs = new Table("m", "ste", "start", "distance_from_spurious", "final_theta", "final_loss");
    for (InstabilityRun x : r.runs()) {
      runs.row(x.m(), YinSte.key(x.ste()), x.start(), x.distance(), x.trajectory().finalTheta(),
          x.trajectory().finalLoss());
    }
    run.writeTable(prefix + "instability-runs", runs);
    Table ratios = new Table("m", "gap", "identity", "relu", "clipped_relu");
    for (int m : c.ms()) {
      for (double gap : c.gaps()) {
        ratios.row(m, gap, ratio(r, m, SteVariant.IDENTITY, gap), ratio(r, m, SteVariant.RELU, gap),
            ratio(r, m, SteVariant.CLIPPED_RELU, gap));
      }
    }
    run.writeTable(prefix + "instability-ratio", ratios);

    s.paragraph(String.format("(b) Instability of the identity STE. For each m a teacher with spurious minimizers "
            + "and 1ᵀv* ≠ 0; at the spurious minimizer (θ = π, v = (I + 11ᵀ)⁻¹(11ᵀ − I)v*) the expected coarse "
            + "gradients are evaluated and compared with the paper's ‖E g_id‖ = 2(m−1)(1ᵀv*)²/(√(2π)(m+1)²) "
            + "(largest relative difference measured: %.2e). Population coarse gradient descent (η = %s, %d "
            + "iterations) then starts at the minimizer and at θ = π − %s.",
        worst, c.stepSize(), c.iterations(), c.perturbation()));
    s.table("‖E g‖ at the spurious minimizer", norms);
    s.foldedTable("Distance from the spurious minimizer after the run", runs);
    s.paragraph("Descent ratio ‖(∂f/∂v, E g)‖² / ⟨(∂f/∂v, E g), ∇f⟩ at θ = π − gap with v at the spurious minimizer "
        + "(the quantity behind the paper's Eq. 16 as this report defines it; the formula is ours, not quoted from "
        + "the paper): a fixed step η decreases f only where η < 2/(L·ratio). It grows without bound for the identity STE as θ → π and "
        + "stays bounded for ReLU and clipped ReLU.");
    s.foldedTable("Descent ratio against π − θ", ratios);

    int m = c.ms()[Math.min(1, c.ms().length - 1)];
    XyChart theta = Charts.line("θ from θ = π − " + c.perturbation() + " (m = " + m + ")", "iteration", "θ");
    XyChart norm = Charts.line("‖w‖ from θ = π − " + c.perturbation() + " (m = " + m + ")", "iteration", "‖w‖");
    StringBuilder left = new StringBuilder();
    for (InstabilityRun x : r.runs()) {
      if (x.m() == m && x.start().equals("perturbed")) {
        Trajectory t = x.trajectory();
        double[] its = Arrays.stream(t.iterations()).asDoubleStream().toArray();
        Charts.add(theta, YinSte.key(x.ste()), its, t.theta());
        Charts.add(norm, YinSte.key(x.ste()), its, t.normW());
        left.append(String.format(" %s %.3g;", YinSte.key(x.ste()), x.distance()));
      }
    }
    String caption = "from a start next to the spurious minimizer; distance from it after " + c.iterations()
        + " iterations:" + left;
    s.image(run.plot(prefix + "instability-theta", theta), "θ against iterations " + caption);
    s.image(run.plot(prefix + "instability-norm-w", norm), "‖w‖ against iterations (the identity STE's coarse "
        + "gradient at θ = π points along ŵ*, so it shrinks w through 0, where θ flips to 0).");
    XyChart ratioChart = Charts.logLog("Descent ratio near θ = π (m = " + m + ")", "π − θ", "ratio");
    double[] gaps = c.gaps();
    for (SteVariant e : SteVariant.values()) {
      double[] y = Arrays.stream(gaps).map(g -> ratio(r, m, e, g)).toArray();
      Charts.add(ratioChart, YinSte.key(e), gaps, y);
    }
    s.image(run.plot(prefix + "instability-ratio", ratioChart), "Descent ratio against π − θ, log–log."
        + coincide(r, m, gaps));
  }

  /** Where the ReLU and clipped-ReLU curves lie on top of each other (relative difference below 1e-6), said so. */
  static String coincide(InstabilityResult r, int m, double[] gaps) {
    double largest = Double.NaN;
    for (double g : gaps) {
      double a = ratio(r, m, SteVariant.RELU, g);
      double b = ratio(r, m, SteVariant.CLIPPED_RELU, g);
      if (Math.abs(a - b) <= 1e-6 * Math.abs(a) && !(largest >= g)) {
        largest = g;
      }
    }
    return Double.isNaN(largest) ? "" : " The ReLU and clipped-ReLU curves coincide (within 1e-6, relative) for "
        + "π − θ ≤ " + largest + ", so only one of them shows there.";
  }

  private static double ratio(InstabilityResult r, int m, SteVariant e, double gap) {
    List<InstabilityRatio> hit = r.ratios().stream()
        .filter(x -> x.m() == m && x.ste() == e && x.gap() == gap).toList();
    return hit.isEmpty() ? Double.NaN : hit.get(0).ratio();
  }
}
