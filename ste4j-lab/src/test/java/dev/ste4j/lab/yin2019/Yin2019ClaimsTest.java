package dev.ste4j.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.lab.claim.Claim;
import dev.ste4j.lab.claim.Verdict;
import dev.ste4j.nn.quantizer.SteVariant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Yin2019ClaimsTest {

  /** 40 Theorem-2 runs per STE, the first {@code global} of them ending at a global minimizer. */
  private static ConvergenceResult convergence(int global) {
    List<ConvergenceRun> runs = new ArrayList<>();
    for (SteVariant ste : SteVariant.values()) {
      for (int i = 0; i < 40; i++) {
        runs.add(new ConvergenceRun("population", "theorem2", ste, i, true, null,
            i < global ? ConvergenceRun.GLOBAL : ConvergenceRun.SPURIOUS));
      }
    }
    return new ConvergenceResult(ConvergenceConfig.quick(1), runs);
  }

  @Test
  void theorem2VerdictFollowsTheFractionAndItsInterval() {
    assertThat(Yin2019Claims.theorem2(convergence(40))).extracting(Claim::verdict)
        .containsExactly(Verdict.REPRODUCED, Verdict.REPRODUCED);
    // 30 of 40: Wilson interval [59.8 %, 85.8 %] lies above one half.
    assertThat(Yin2019Claims.theorem2(convergence(30))).extracting(Claim::verdict)
        .containsExactly(Verdict.PARTLY, Verdict.PARTLY);
    assertThat(Yin2019Claims.theorem2(convergence(22))).extracting(Claim::verdict)
        .containsExactly(Verdict.NOT_REPRODUCED, Verdict.NOT_REPRODUCED);
    Claim c = Yin2019Claims.theorem2(convergence(30)).get(0);
    assertThat(c.measured()).contains("75.0 % (30/40) [59.8, 85.8]");
    assertThat(c.scale()).startsWith("reduced: 40 of the full scale's 500");
  }

  private static InstabilityResult instability(double identityNorm, double reluNorm, double identityDistance) {
    InstabilityConfig c = new InstabilityConfig(new int[] {2, 5}, 10, 10, 0.1, 1e-3, new double[] {1}, 1, 1);
    List<InstabilityNorm> norms = new ArrayList<>();
    List<InstabilityRun> runs = new ArrayList<>();
    for (int m : c.ms()) {
      norms.add(new InstabilityNorm(m, 1, m == 5 ? identityNorm : 0.5, 0.5, m == 5 ? reluNorm : 0, 0));
      for (SteVariant ste : SteVariant.values()) {
        double d = ste == SteVariant.IDENTITY ? (m == 5 ? identityDistance : 0.9) : 0;
        runs.add(new InstabilityRun(m, ste, "spurious", null, d));
      }
    }
    return new InstabilityResult(c, norms, runs, List.of());
  }

  @Test
  void spuriousGradientNeedsTheFormulaAndVanishingReluNorms() {
    assertThat(Yin2019Claims.spuriousGradient(instability(0.5, 1e-16, 0.9)).verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(Yin2019Claims.spuriousGradient(instability(0.51, 1e-16, 0.9)).verdict()).isEqualTo(Verdict.PARTLY);
    assertThat(Yin2019Claims.spuriousGradient(instability(0.5, 1e-3, 0.9)).verdict()).isEqualTo(Verdict.PARTLY);
  }

  @Test
  void identityMustLeaveTheMinimizerWhereReluStays() {
    assertThat(Yin2019Claims.identityUnstable(instability(0.5, 0, 0.9)).verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(Yin2019Claims.identityUnstable(instability(0.5, 0, 0.01)).verdict()).isEqualTo(Verdict.PARTLY);
  }

  private static OneStepLossResult figure1(double... largestChanges) {
    List<OneStepCurve> curves = new ArrayList<>();
    int n = 10;
    for (double change : largestChanges) {
      curves.add(new OneStepCurve(n, new double[] {0}, new double[] {0}, 1, change));
      n *= 10;
    }
    return new OneStepLossResult(OneStepLossConfig.quick(1), new double[] {0}, curves);
  }

  @Test
  void figure1NeedsTheJumpsToShrinkWithN() {
    assertThat(Yin2019Claims.figure1(figure1(2.4, 0.5, 0.1)).verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(Yin2019Claims.figure1(figure1(2.4, 0.5, 0.6)).verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
  }

  private static AlignmentSurveyResult alignment(int negative) {
    List<AlignmentSample> samples = new ArrayList<>();
    for (SteVariant ste : SteVariant.values()) {
      for (int i = 0; i < 200; i++) {
        double inner = ste == SteVariant.RELU && i < negative ? -1e-3 : 1e-3;
        samples.add(new AlignmentSample(i, 2, 2, 1, 1, 1, ste, new Alignment(inner, inner, inner, inner, 1)));
      }
    }
    return new AlignmentSurveyResult(AlignmentSurveyConfig.quick(1), samples);
  }

  @Test
  void alignmentIsReproducedOnlyWhenEveryPointIsNonNegative() {
    assertThat(Yin2019Claims.alignment(alignment(0)).verdict()).isEqualTo(Verdict.REPRODUCED);
    // 199 of 200: the Wilson interval [97.2 %, 99.9 %] lies above 95 %.
    assertThat(Yin2019Claims.alignment(alignment(1)).verdict()).isEqualTo(Verdict.PARTLY);
    assertThat(Yin2019Claims.alignment(alignment(20)).verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
  }

  @Test
  void theRealQuickExperimentsReproduceTheTheory() {
    InstabilityResult r = InstabilityExperiment.run(InstabilityConfig.quick(7));
    assertThat(Yin2019Claims.spuriousGradient(r).verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(Yin2019Claims.identityUnstable(r).verdict()).isEqualTo(Verdict.REPRODUCED);
  }
}
