package dev.ste4j.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

class CoarseGradientDescentTest {

  private static ExpectedCoarseGradient fast() {
    return new ExpectedCoarseGradient(ClippedReluIntegrals.closedForms());
  }

  /** A start satisfying Theorem 2's conditions, by rejection. */
  private static double[][] theorem2Start(Rng rng, Teacher t) {
    while (true) {
      double[] v = RandomPoints.gaussian(rng, t.m(), 1);
      double[] w = RandomPoints.gaussian(rng, t.n(), 1);
      if (CriticalPoints.satisfiesTheorem2(v, w, t)) {
        return new double[][] {v, w};
      }
    }
  }

  @Test
  void reluAndClippedReluReachTheGlobalMinimumUnderTheorem2AndTheLossDecreases() {
    Rng rng = new Rng(21);
    for (int run = 0; run < 4; run++) {
      Teacher t = RandomPoints.teacher(rng, 4, 6);
      double[][] start = theorem2Start(rng, t);
      for (SteVariant e : new SteVariant[] {SteVariant.RELU, SteVariant.CLIPPED_RELU}) {
        Trajectory tr = new CoarseGradientDescent(e, 0.05, 4000, 1).population(t, start[0], start[1], fast());
        assertThat(tr.finalTheta()).as("%s run %d", e, run).isLessThan(1e-3);
        assertThat(Vectors.distance(tr.finalV(), t.vStar())).isLessThan(1e-3);
        for (int k = 1; k < tr.size(); k++) {
          assertThat(tr.loss()[k]).as("%s loss at %d", e, k).isLessThanOrEqualTo(tr.loss()[k - 1] + 1e-12);
        }
      }
    }
  }

  @Test
  void reluStaysAtTheSpuriousMinimizerWhileIdentityLeaves() {
    Rng rng = new Rng(22);
    Teacher t = RandomPoints.teacherWithSpurious(rng, 5, 4);
    CriticalPoint sp = CriticalPoints.spuriousMinimizer(t).orElseThrow();
    Trajectory relu = new CoarseGradientDescent(SteVariant.RELU, 0.05, 200, 10).population(t, sp.v(), sp.w(), fast());
    assertThat(relu.finalTheta()).isEqualTo(Math.PI);
    assertThat(Vectors.distance(relu.finalV(), sp.v())).isLessThan(1e-12);
    Trajectory id = new CoarseGradientDescent(SteVariant.IDENTITY, 0.05, 200, 10).population(t, sp.v(), sp.w(), fast());
    assertThat(Vectors.distance(id.finalW(), sp.w()) + Vectors.distance(id.finalV(), sp.v())).isGreaterThan(0.01);
    assertThat(id.coarseNorm()[0]).isCloseTo(CriticalPoints.identityNormAtSpurious(t), within(1e-13));
  }

  @Test
  void empiricalVersionIsDeterministicAndRecordsTheSampleLoss() {
    Rng rng = new Rng(23);
    Teacher t = RandomPoints.teacher(rng, 3, 4);
    double[][][] z = EmpiricalLoss.gaussianSamples(rng, 200, 3, 4);
    double[] v0 = RandomPoints.gaussian(rng, 3, 1);
    double[] w0 = RandomPoints.gaussian(rng, 4, 1);
    CoarseGradientDescent cgd = new CoarseGradientDescent(SteVariant.RELU, 0.05, 300, 50);
    Trajectory a = cgd.empirical(t, z, v0, w0);
    Trajectory b = cgd.empirical(t, z, v0, w0);
    assertThat(a.finalW()).containsExactly(b.finalW());
    assertThat(a.iterations()).containsExactly(0, 50, 100, 150, 200, 250, 300);
    assertThat(a.empiricalLoss()[0]).isEqualTo(EmpiricalLoss.evaluate(v0, w0, t, z).loss());
    assertThat(a.empiricalLoss()[6]).isLessThan(a.empiricalLoss()[0]);
  }

  @Test
  void rejectsImpossibleSettings() {
    assertThatThrownBy(() -> new CoarseGradientDescent(SteVariant.RELU, 0, 10, 1)).hasMessageContaining("step size");
    assertThatThrownBy(() -> new CoarseGradientDescent(SteVariant.RELU, 0.1, 10, 0)).hasMessageContaining("recordEvery");
  }
}
