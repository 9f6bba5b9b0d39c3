package dev.ste4j.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

class CriticalPointsTest {

  private final ExpectedCoarseGradient ecg = new ExpectedCoarseGradient();

  @Test
  void populationGradientVanishesWhereThePaperSays() {
    Rng rng = new Rng(1);
    for (int trial = 0; trial < 30; trial++) {
      Teacher t = RandomPoints.teacherWithSpurious(rng, 2 + rng.nextInt(8), 2 + rng.nextInt(6));
      for (CriticalPoint c : CriticalPoints.all(t)) {
        PopulationPoint p = PopulationPoint.evaluate(c.v(), c.w(), t, ecg);
        assertThat(p.theta()).as(c.kind()).isCloseTo(c.theta(), within(1e-12));
        assertThat(RandomPoints.maxAbs(p.gradV())).as("%s df/dv", c.kind()).isLessThan(1e-14);
        assertThat(RandomPoints.maxAbs(p.gradW())).as("%s df/dw", c.kind()).isLessThan(1e-14);
        // ReLU and clipped-ReLU coarse gradients vanish at every critical point.
        assertThat(RandomPoints.maxAbs(p.coarse(SteVariant.RELU))).as("%s relu", c.kind()).isLessThan(1e-13);
        assertThat(RandomPoints.maxAbs(p.coarse(SteVariant.CLIPPED_RELU))).as("%s crelu", c.kind()).isLessThan(1e-13);
      }
      assertThat(PopulationLoss.value(t.vStar(), t.wStar(), t)).isCloseTo(0, within(1e-14));
    }
  }

  @Test
  void saddleHasZeroCorrelationAndAnInteriorAngle() {
    Rng rng = new Rng(2);
    Teacher t = RandomPoints.teacherWithSpurious(rng, 5, 4);
    CriticalPoint s = CriticalPoints.saddle(t).orElseThrow();
    assertThat(Vectors.dot(s.v(), t.vStar())).isCloseTo(0, within(1e-14));
    assertThat(s.theta()).isBetween(Math.PI / 2, Math.PI);
  }

  @Test
  void identityCoarseGradientAtTheSpuriousMinimizerHasThePaperNorm() {
    Rng rng = new Rng(3);
    for (int trial = 0; trial < 30; trial++) {
      Teacher t = RandomPoints.teacherWithSpurious(rng, 2 + rng.nextInt(8), 2 + rng.nextInt(6));
      CriticalPoint sp = CriticalPoints.spuriousMinimizer(t).orElseThrow();
      double norm = Vectors.norm(ecg.of(SteVariant.IDENTITY, sp.v(), sp.w(), t));
      double paper = CriticalPoints.identityNormAtSpurious(t);
      assertThat(norm).isCloseTo(paper, within(1e-13 * paper));
      assertThat(norm).isGreaterThan(0);
    }
  }

  @Test
  void spuriousMinimizerIsALocalMinimumOfTheLoss() {
    Rng rng = new Rng(4);
    Teacher t = RandomPoints.teacherWithSpurious(rng, 4, 3);
    CriticalPoint sp = CriticalPoints.spuriousMinimizer(t).orElseThrow();
    double f0 = PopulationLoss.value(sp.v(), sp.w(), t);
    for (int k = 0; k < 200; k++) {
      double[] v = Vectors.combine(1, sp.v(), 1, RandomPoints.gaussian(rng, 4, 1e-3));
      double[] w = Vectors.combine(1, sp.w(), 1, RandomPoints.gaussian(rng, 3, 1e-3));
      assertThat(PopulationLoss.value(v, w, t)).isGreaterThanOrEqualTo(f0);
    }
    assertThat(f0).isGreaterThan(0);
  }

  @Test
  void noSpuriousPointsWhenTheConditionFails() {
    Teacher t = new Teacher(new double[] {1, 1, 1}, new double[] {1, 0});
    assertThat(CriticalPoints.hasSpurious(t)).isFalse();
    assertThat(CriticalPoints.all(t)).hasSize(1);
  }

  @Test
  void theorem2Conditions() {
    Teacher t = new Teacher(new double[] {1, -0.5}, new double[] {1, 0});
    assertThat(CriticalPoints.satisfiesTheorem2(new double[] {0.5, 0}, new double[] {1, 0.5}, t)).isTrue();
    assertThat(CriticalPoints.satisfiesTheorem2(new double[] {0.5, 0}, new double[] {-1, 0.5}, t)).isFalse();
    assertThat(CriticalPoints.satisfiesTheorem2(new double[] {-0.5, 0}, new double[] {1, 0.5}, t)).isFalse();
    assertThat(CriticalPoints.satisfiesTheorem2(new double[] {2, 0.5}, new double[] {1, 0.5}, t)).isFalse();
  }
}
