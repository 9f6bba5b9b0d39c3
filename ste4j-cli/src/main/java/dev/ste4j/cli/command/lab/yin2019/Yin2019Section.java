package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.reproduce.ReproduceSection;
import dev.ste4j.cli.reproduce.Scale;
import dev.ste4j.lab.yin2019.AlignmentSurvey;
import dev.ste4j.lab.yin2019.AlignmentSurveyConfig;
import dev.ste4j.lab.yin2019.ConvergenceConfig;
import dev.ste4j.lab.yin2019.ConvergenceExperiment;
import dev.ste4j.lab.yin2019.InstabilityConfig;
import dev.ste4j.lab.yin2019.InstabilityExperiment;
import dev.ste4j.lab.yin2019.OneStepLossConfig;
import dev.ste4j.lab.yin2019.OneStepLossExperiment;
import dev.ste4j.tensor.random.Rng;

/**
 * The Yin et al. (2019) part of {@code ste reproduce}: experiments (a)–(d) at the chosen scale, files prefixed
 * {@code yin2019-}. Each experiment's seed is derived from the run's seed and the experiment's index. The deep-network
 * Table 1 and the Figure 2 protocol are not part of it yet (they need the layer and training library).
 */
public final class Yin2019Section implements ReproduceSection {

  private static final String PREFIX = "yin2019-";

  @Override
  public String name() {
    return "yin2019";
  }

  @Override
  public String title() {
    return "Yin et al. (ICLR 2019) — Understanding Straight-Through Estimator in Training Activation Quantized Neural "
        + "Nets";
  }

  @Override
  public void run(Scale scale, RunFolder run, Report.Section section) throws Exception {
    Rng root = new Rng(run.seed()).split(2019);
    long[] seeds = new long[4];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = root.split(i).nextLong();
    }
    boolean quick = scale == Scale.QUICK;
    section.paragraph("The two-layer model y = vᵀσ(Zw) with binary activation σ(x) = 1{x>0} and Gaussian input, "
        + "trained with coarse gradients from the identity, ReLU and clipped-ReLU straight-through estimators. All "
        + "population quantities come from the paper's closed forms (Lemmas 1, 2, 4, 7, 9), which the test suite "
        + "checks against Monte Carlo, finite differences, and the engine's autograd (for Eq. 5). The deep-network "
        + "Table 1 and Figure 2 are not included yet.");
    ConvergenceView.render(ConvergenceExperiment.run(
        quick ? ConvergenceConfig.quick(seeds[0]) : ConvergenceConfig.full(seeds[0])), run, section, PREFIX);
    InstabilityView.render(InstabilityExperiment.run(
        quick ? InstabilityConfig.quick(seeds[1]) : InstabilityConfig.full(seeds[1])), run, section, PREFIX);
    AlignmentView.render(AlignmentSurvey.run(
        quick ? AlignmentSurveyConfig.quick(seeds[2]) : AlignmentSurveyConfig.full(seeds[2])), run, section, PREFIX);
    Figure1View.render(OneStepLossExperiment.run(
        quick ? OneStepLossConfig.quick(seeds[3]) : OneStepLossConfig.full(seeds[3])), run, section, PREFIX);
  }
}
