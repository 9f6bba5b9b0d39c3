package dev.ste4j.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.lab.claim.Claim;
import dev.ste4j.lab.claim.Verdict;
import dev.ste4j.nn.quantizer.SteVariant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Theorem1AndGapTest {

  @Test
  void theRiseCountsAgreeWithTheLossRecordedAtEveryStep() {
    ConvergenceResult r = ConvergenceExperiment.run(new ConvergenceConfig(5, 10, 12, 1500, 0.1, 0, 1, 1, 1, 3));
    int total = 0;
    for (ConvergenceRun x : r.runs()) {
      Trajectory t = x.trajectory();
      double[] vStar = teacherV(r, x);
      double s1 = 0;
      double s2 = 0;
      for (double a : vStar) {
        s1 += a;
        s2 += a * a;
      }
      double scale = (s2 + s1 * s1) / 8;
      int rises = 0;
      int longRises = 0;
      double largest = 0;
      for (int k = 1; k < t.size(); k++) {
        double rise = (t.loss()[k] - t.loss()[k - 1]) / scale;
        largest = Math.max(largest, rise);
        if (rise > Trajectory.RISE_TOLERANCE) {
          rises++;
          longRises += 0.1 * t.coarseNorm()[k - 1] >= Trajectory.LONG_STEP * t.normW()[k - 1] ? 1 : 0;
        }
      }
      assertThat(t.lossIncreases()).as("run %d %s %s", x.run(), x.start(), x.ste()).isEqualTo(rises);
      assertThat(t.risesAtLongSteps()).isEqualTo(longRises);
      assertThat(t.largestRise()).isCloseTo(largest, org.assertj.core.data.Offset.offset(1e-12));
      total += rises;
    }
    // Rises happen (w shrinking towards the origin), so the counting was exercised.
    assertThat(total).isPositive();
  }

  /** v* of a run's teacher, drawn as ConvergenceExperiment draws it. */
  private static double[] teacherV(ConvergenceResult r, ConvergenceRun x) {
    var rng = new dev.ste4j.tensor.random.Rng(r.config().seed()).split(x.run()).split(0);
    return ConvergenceExperiment.gaussian(rng, r.config().m(), 1);
  }

  private static Trajectory trajectory(int rises, int longRises) {
    return new Trajectory(new int[] {0, 100}, new double[] {1, 0.1}, new double[] {Double.NaN, Double.NaN},
        new double[] {1, 0}, new double[] {1, 1}, new double[] {1, 0}, new double[] {1}, new double[] {1, 0},
        rises, longRises, rises > 0 ? 0.5 : 0, rises > longRises ? 0.01 : 0);
  }

  private static ConvergenceResult withRises(int rises, int longRises) {
    List<ConvergenceRun> runs = new ArrayList<>();
    for (SteVariant ste : SteVariant.values()) {
      for (int i = 0; i < 10; i++) {
        Trajectory t = i == 0 ? trajectory(rises, longRises) : trajectory(0, 0);
        runs.add(new ConvergenceRun("population", i % 2 == 0 ? "random" : "theorem2", ste, i, true, t, "global"));
      }
    }
    return new ConvergenceResult(ConvergenceConfig.quick(1), runs);
  }

  @Test
  void theorem1VerdictCountsRisesAndWhereTheyHappen() {
    assertThat(Yin2019Claims.theorem1(withRises(0, 0))).extracting(Claim::verdict)
        .containsExactly(Verdict.REPRODUCED, Verdict.REPRODUCED);
    assertThat(Yin2019Claims.theorem1(withRises(3, 3))).extracting(Claim::verdict)
        .containsExactly(Verdict.PARTLY, Verdict.PARTLY);
    List<Claim> other = Yin2019Claims.theorem1(withRises(3, 2));
    assertThat(other).extracting(Claim::verdict).containsExactly(Verdict.NOT_REPRODUCED, Verdict.NOT_REPRODUCED);
    assertThat(other.get(0).measured()).contains("3 of 1000 steps").contains("10.0 % (1/10)").contains("2 of them");
    assertThat(other.get(0).id()).isEqualTo("theorem1-relu");
  }

  @Test
  void theGapRunsShareExperimentAsStartsAndSamples() {
    ConvergenceConfig a = new ConvergenceConfig(4, 6, 6, 300, 0.1, 6, 300, 200, 300, 9);
    GapConfig g = new GapConfig(4, 6, 6, 300, 0.1, new int[] {50, 200}, 9);
    ConvergenceResult conv = ConvergenceExperiment.run(a);
    GapResult gap = GapExperiment.run(g);
    for (SteVariant ste : GapExperiment.STES) {
      assertThat(gap.select(ste, 0)).extracting(GapRun::outcome)
          .containsExactlyElementsOf(conv.select("population", "random", ste).stream().map(ConvergenceRun::outcome)
              .toList());
      // N = 200 is experiment (a)'s sample size: the same samples, so the same runs.
      assertThat(gap.select(ste, 200)).extracting(GapRun::finalTheta)
          .containsExactlyElementsOf(conv.select("empirical", "random", ste).stream()
              .map(x -> x.trajectory().finalTheta()).toList());
      int[] p = gap.paired(ste, 50);
      assertThat(p[0] + p[1] + p[2] + p[3]).isEqualTo(6);
      assertThat(p[0] + p[1]).isEqualTo(gap.global(ste, 0));
      assertThat(p[0] + p[2]).isEqualTo(gap.global(ste, 50));
    }
    assertThatThrownBy(() -> new GapConfig(4, 6, 6, 300, 0.1, new int[] {200, 50}, 9)).hasMessageContaining(
        "increasing");
  }

  /** 20 pairs per STE: population global in the first 12; empirical global in the first k of each N. */
  private static GapResult gap(int globalAtSmall, int globalAtLarge) {
    List<GapRun> runs = new ArrayList<>();
    for (SteVariant ste : GapExperiment.STES) {
      for (int i = 0; i < 20; i++) {
        runs.add(new GapRun(ste, i, 0, i < 12 ? "global" : "spurious", 0));
        runs.add(new GapRun(ste, i, 100, i < globalAtSmall ? "global" : "other", 0.3));
        runs.add(new GapRun(ste, i, 1000, i < globalAtLarge ? "global" : "other", 0.05));
      }
    }
    return new GapResult(new GapConfig(5, 10, 20, 1000, 0.1, new int[] {100, 1000}, 1), runs);
  }

  @Test
  void gapVerdictAsksForAgreementAtTheLargestSampleSize() {
    assertThat(Yin2019Claims.gap(gap(2, 12)).verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(Yin2019Claims.gap(gap(2, 11)).verdict()).isEqualTo(Verdict.REPRODUCED);
    // 2 of 20 at the largest N: 60 % is outside its interval [2.8 %, 30.1 %].
    assertThat(Yin2019Claims.gap(gap(2, 2)).verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
    Claim c = Yin2019Claims.gap(gap(2, 12));
    assertThat(c.measured()).contains("pairs disagreeing 10 at N = 100, 0 at N = 1000");
    assertThat(c.scale()).startsWith("reduced: 20 of the full scale's 200");
  }
}
