package dev.ste4j.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.kernel.Parallel;
import org.junit.jupiter.api.Test;

/** Small-scale runs of experiments (a)–(d): what they must show, and determinism across thread counts. */
class ExperimentsTest {

  @Test
  void convergenceUnderTheorem2ReachesTheGlobalMinimumAndIsThreadCountIndependent() {
    ConvergenceConfig c = new ConvergenceConfig(4, 6, 6, 1500, 0.1, 2, 200, 100, 50, 17);
    int threads = Parallel.threads();
    ConvergenceResult one;
    try {
      Parallel.setThreads(1);
      one = ConvergenceExperiment.run(c);
      Parallel.setThreads(3);
      ConvergenceResult three = ConvergenceExperiment.run(c);
      for (int i = 0; i < one.runs().size(); i++) {
        assertThat(three.runs().get(i).trajectory().finalW()).containsExactly(one.runs().get(i).trajectory().finalW());
      }
    } finally {
      Parallel.setThreads(threads);
    }
    for (ConvergenceSummary s : one.summaries()) {
      if (s.start().equals("theorem2") && s.ste() != SteVariant.IDENTITY) {
        assertThat(s.global()).as("%s under Theorem 2", s.ste()).isEqualTo(1.0);
      }
      assertThat(s.global() + s.spurious() + s.other()).isCloseTo(1.0, within(1e-12));
    }
    assertThat(one.select("empirical", "random", SteVariant.RELU)).hasSize(2);
    double[][] curve = one.medianCurve("population", "random", SteVariant.RELU, "loss");
    assertThat(curve[0][0]).isZero();
    assertThat(curve[1][curve[1].length - 1]).isLessThan(curve[1][0]);
  }

  @Test
  void instabilityShowsThePaperNormAndOnlyTheIdentityLeaves() {
    InstabilityResult r = InstabilityExperiment.run(
        new InstabilityConfig(new int[] {3, 6}, 5, 300, 0.1, 1e-3, new double[] {1e-1, 1e-3, 1e-5}, 10, 4));
    for (InstabilityNorm n : r.norms()) {
      assertThat(n.identity()).isCloseTo(n.paperIdentity(), within(1e-12 * n.paperIdentity()));
      assertThat(n.relu()).isLessThan(1e-13);
      assertThat(n.clippedRelu()).isLessThan(1e-13);
    }
    for (InstabilityRun run : r.runs()) {
      if (run.start().equals("spurious")) {
        if (run.ste() == SteVariant.IDENTITY) {
          assertThat(run.distance()).as("identity m=%d", run.m()).isGreaterThan(1e-3);
        } else {
          assertThat(run.distance()).as("%s m=%d", run.ste(), run.m()).isLessThan(1e-10);
        }
      }
    }
    double previous = 0;
    for (InstabilityRatio ratio : r.ratios()) {
      if (ratio.m() == 3 && ratio.ste() == SteVariant.IDENTITY) {
        assertThat(ratio.ratio()).isGreaterThan(previous);
        previous = ratio.ratio();
      }
    }
    assertThat(previous).isGreaterThan(1e3);
  }

  @Test
  void alignmentIsNonNegativeEverywhere() {
    AlignmentSurveyResult r = AlignmentSurvey.run(new AlignmentSurveyConfig(200, 6, 8, 0.1, 10, 3));
    for (SteVariant e : SteVariant.values()) {
      assertThat(r.of(e)).hasSize(200);
      assertThat(r.fractionNonNegative(e)).isEqualTo(1.0);
      assertThat(r.smallestCosineW(e).alignment().cosineW()).isGreaterThanOrEqualTo(0);
      assertThat(r.smallestCosineFull(e).alignment().cosineFull()).isGreaterThan(0);
    }
  }

  @Test
  void oneStepLossStartsAtTheEmpiricalLossAndSmoothsWithMoreSamples() {
    OneStepLossResult r = OneStepLossExperiment.run(
        new OneStepLossConfig(10, 20, SteVariant.RELU, new int[] {10, 1000}, 0.5, 101, 1));
    assertThat(r.stepSizes()).hasSize(101);
    OneStepCurve small = r.curves().get(0);
    OneStepCurve large = r.curves().get(1);
    assertThat(small.samples()).isEqualTo(10);
    // A larger sample makes every jump smaller: each flipped activation moves the loss by O(1/N).
    assertThat(large.largestChange()).isLessThan(small.largestChange());
    assertThat(large.populationLoss()[0]).isEqualTo(small.populationLoss()[0]);
  }

  @Test
  void configsRejectImpossibleValues() {
    assertThatThrownBy(() -> new ConvergenceConfig(0, 5, 1, 1, 0.1, 0, 1, 1, 1, 0)).hasMessageContaining("m >= 1");
    assertThatThrownBy(() -> new InstabilityConfig(new int[] {1}, 5, 1, 0.1, 1e-3, new double[] {1}, 1, 0))
        .hasMessageContaining("m must be >= 2");
    assertThatThrownBy(() -> new OneStepLossConfig(3, 3, SteVariant.RELU, new int[] {0}, 1, 5, 0))
        .hasMessageContaining("sample sizes must be positive");
  }
}
