package dev.ste4j.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  private final ClippedReluIntegrals integrals = new ClippedReluIntegrals();
  private final ExpectedCoarseGradient ecg = new ExpectedCoarseGradient(integrals);

  @Test
  void innerProductsAreNonNegativeAndMatchTheClosedForms() {
    for (RandomPoints.Point q : RandomPoints.randomPoints(2019, 300, 8, 7, 0.1, 3)) {
      PopulationPoint p = PopulationPoint.evaluate(q.v(), q.w(), q.teacher(), ecg);
      for (SteVariant e : SteVariant.values()) {
        Alignment a = Alignment.of(p, e);
        double closed = Alignment.innerWClosedForm(e, q.v(), q.w(), q.teacher(), integrals);
        assertThat(a.innerW()).as("%s inner product", e).isGreaterThanOrEqualTo(0);
        // Rounding in the dot product scales with |E g|·|df/dw|, not with the (possibly much smaller) result.
        double scale = Vectors.norm(p.coarse(e)) * Vectors.norm(p.gradW());
        assertThat(a.innerW()).as("%s closed form", e).isCloseTo(closed, within(1e-13 * scale + 1e-300));
        assertThat(a.innerFull()).isGreaterThanOrEqualTo(a.innerW());
        assertThat(a.cosineW()).isBetween(0.0, 1.0 + 1e-15);
      }
    }
  }

  @Test
  void descentRatioBlowsUpForIdentityOnlyNearTheSpuriousMinimizer() {
    Rng rng = new Rng(5);
    Teacher t = RandomPoints.teacherWithSpurious(rng, 6, 4);
    CriticalPoint sp = CriticalPoints.spuriousMinimizer(t).orElseThrow();
    double[] us = t.unitWStar();
    double[] e = CriticalPoints.normalTo(us);
    double previousIdentity = 0;
    for (double gap : new double[] {1e-1, 1e-2, 1e-3, 1e-4}) {
      double theta = Math.PI - gap;
      double[] w = Vectors.combine(Math.cos(theta), us, Math.sin(theta), e);
      PopulationPoint p = PopulationPoint.evaluate(sp.v(), w, t, ecg);
      double identity = Alignment.of(p, SteVariant.IDENTITY).descentRatio();
      assertThat(identity).isGreaterThan(5 * previousIdentity);
      previousIdentity = identity;
      assertThat(Alignment.of(p, SteVariant.RELU).descentRatio()).isLessThan(10);
      assertThat(Alignment.of(p, SteVariant.CLIPPED_RELU).descentRatio()).isLessThan(10);
    }
  }
}
