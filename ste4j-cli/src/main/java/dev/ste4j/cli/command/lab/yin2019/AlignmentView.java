package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.report.Charts;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.cli.report.XyChart;
import dev.ste4j.lab.yin2019.AlignmentSample;
import dev.ste4j.lab.yin2019.AlignmentSurveyConfig;
import dev.ste4j.lab.yin2019.AlignmentSurveyResult;
import dev.ste4j.lab.numeric.BinomialInterval;
import dev.ste4j.lab.yin2019.YinSte;
import dev.ste4j.nn.quantizer.SteVariant;
import java.io.IOException;
import java.util.List;

/** Renders experiment (c), the alignment survey. */
final class AlignmentView {

  private AlignmentView() {}

  static void render(AlignmentSurveyResult r, RunFolder run, Report.Section s, String prefix) throws IOException {
    AlignmentSurveyConfig c = r.config();
    Table summary = new Table("ste", "points", "fraction_inner_nonnegative", "low95", "high95", "min_inner_w", "min_cosine_w",
        "median_cosine_w", "theta_at_min_cosine_w", "norm_w_at_min_cosine_w", "v_dot_vstar_at_min_cosine_w", "min_cosine_full",
        "theta_at_min_cosine_full");
    for (SteVariant e : SteVariant.values()) {
      AlignmentSample minW = r.smallestCosineW(e);
      AlignmentSample minFull = r.smallestCosineFull(e);
      BinomialInterval ok = ConvergenceView.wilson(r.fractionNonNegative(e), r.of(e).size());
      summary.row(YinSte.key(e), r.of(e).size(), r.fractionNonNegative(e), ok.low(), ok.high(),
          r.smallestInnerW(e).alignment().innerW(),
          minW.alignment().cosineW(), r.medianCosineW(e), minW.theta(), minW.normW(), minW.vDotVStar(),
          minFull.alignment().cosineFull(), minFull.theta());
    }
    run.writeTable(prefix + "alignment-summary", summary);
    Table points = new Table("point", "m", "n", "theta", "norm_w", "v_dot_vstar", "ste", "inner_w", "cosine_w",
        "inner_full", "cosine_full", "descent_ratio");
    for (AlignmentSample a : r.samples()) {
      points.row(a.point(), a.m(), a.n(), a.theta(), a.normW(), a.vDotVStar(), YinSte.key(a.ste()), a.alignment().innerW(),
          a.alignment().cosineW(), a.alignment().innerFull(), a.alignment().cosineFull(),
          a.alignment().descentRatio());
    }
    run.writeTable(prefix + "alignment-points", points);

    s.paragraph(String.format("(c) Alignment at %d random points (m ≤ %d, n ≤ %d, ‖w‖ log-uniform in [%s, %s], "
            + "closed forms with quadrature): ⟨E g_μ, ∂f/∂w⟩ and its cosine, and the cosine of the whole Algorithm 1 "
            + "direction (∂f/∂v, E g_μ) with the population gradient. The paper proves the inner products "
            + "non-negative. The inner product scales with (vᵀv*)², so it is smallest where v is nearly orthogonal to "
            + "v* (see the columns at the smallest cosine).", c.points(), c.maxM(), c.maxN(), c.minNormW(),
        c.maxNormW()));
    s.table("Alignment per STE (fraction non-negative with its 95 % Wilson interval)", summary);
    XyChart w = Charts.scatter("cos(E g_μ, ∂f/∂w) against θ", "θ", "cosine");
    XyChart full = Charts.scatter("cos((∂f/∂v, E g_μ), ∇f) against θ", "θ", "cosine");
    for (SteVariant e : SteVariant.values()) {
      List<AlignmentSample> sel = r.of(e);
      double[] theta = sel.stream().mapToDouble(AlignmentSample::theta).toArray();
      Charts.add(w, YinSte.key(e), theta, sel.stream().mapToDouble(a -> a.alignment().cosineW()).toArray());
      Charts.add(full, YinSte.key(e), theta, sel.stream().mapToDouble(a -> a.alignment().cosineFull()).toArray());
    }
    s.image(run.plot(prefix + "alignment-cosine-w", w), "Cosine of the w-parts at each random point.");
    s.image(run.plot(prefix + "alignment-cosine-full", full), "Cosine of the whole search direction.");
  }
}
