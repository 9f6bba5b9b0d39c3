package dev.ste4j.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

class EmpiricalLossTest {

  @Test
  void oneHandComputedSample() {
    // m = 2, n = 2; Z rows (1, 0) and (0.5, -2); w = (1, 1): pre-activations 1 and -1.5 → σ = (1, 0).
    // w* = (0, 1): teacher pre-activations 0 and -2 → σ = (0, 0) (σ(0) = 0), so y* = 0.
    Teacher t = new Teacher(new double[] {2, 3}, new double[] {0, 1});
    double[] v = {0.5, -1};
    double[][][] z = {{{1, 0}, {0.5, -2}}};
    EmpiricalPoint e = EmpiricalLoss.evaluate(v, new double[] {1, 1}, t, z);
    double r = 0.5; // y − y* = v1·1 + v2·0 − 0
    assertThat(e.loss()).isEqualTo(0.5 * r * r);
    assertThat(e.gradV()).containsExactly(r, 0);
    // identity: Zᵀ(v ⊙ 1) r = (1·0.5 + 0.5·(−1), 0·0.5 + (−2)(−1)) · 0.5 = (0, 1)
    assertThat(e.coarse(SteVariant.IDENTITY)).containsExactly(0, 1);
    // ReLU: only row 1 (pre-activation 1 > 0) → (1, 0)·0.5·0.5
    assertThat(e.coarse(SteVariant.RELU)).containsExactly(0.25, 0);
    // clipped ReLU: pre-activation exactly 1 is outside 0 < x < 1 → 0
    assertThat(e.coarse(SteVariant.CLIPPED_RELU)).containsExactly(0, 0);
  }

  @Test
  void zeroFilterUsesSigmaOfZeroEqualsZero() {
    Rng rng = new Rng(8);
    Teacher t = RandomPoints.teacher(rng, 3, 4);
    double[][][] z = EmpiricalLoss.gaussianSamples(rng, 50, 3, 4);
    EmpiricalPoint e = EmpiricalLoss.evaluate(new double[] {1, 2, 3}, new double[4], t, z);
    assertThat(e.gradV()).containsOnly(0.0);
    assertThat(e.coarse(SteVariant.RELU)).containsOnly(0.0);
    assertThat(e.coarse(SteVariant.CLIPPED_RELU)).containsOnly(0.0);
    assertThat(RandomPoints.maxAbs(e.coarse(SteVariant.IDENTITY))).isGreaterThan(0);
  }

  @Test
  void theGlobalMinimizerHasZeroEmpiricalLossAndGradients() {
    Rng rng = new Rng(9);
    Teacher t = RandomPoints.teacher(rng, 4, 5);
    double[][][] z = EmpiricalLoss.gaussianSamples(rng, 100, 4, 5);
    EmpiricalPoint e = EmpiricalLoss.evaluate(t.vStar(), Vectors.scale(2.5, t.wStar()), t, z);
    assertThat(e.loss()).isZero();
    for (SteVariant s : SteVariant.values()) {
      assertThat(e.coarse(s)).containsOnly(0.0);
    }
  }

  @Test
  void largeSampleMeansApproachTheClosedForms() {
    Rng rng = new Rng(10);
    Teacher t = RandomPoints.teacher(rng, 3, 3);
    double[] v = RandomPoints.gaussian(rng, 3, 1);
    double[] w = RandomPoints.gaussian(rng, 3, 0.8);
    EmpiricalPoint e = EmpiricalLoss.evaluate(v, w, t, EmpiricalLoss.gaussianSamples(rng, 100_000, 3, 3));
    PopulationPoint p = PopulationPoint.evaluate(v, w, t, new ExpectedCoarseGradient());
    assertThat(e.loss()).isCloseTo(p.loss(), within(0.02));
    for (SteVariant s : SteVariant.values()) {
      double[] a = e.coarse(s);
      double[] b = p.coarse(s);
      for (int j = 0; j < 3; j++) {
        assertThat(a[j]).isCloseTo(b[j], within(0.03));
      }
    }
  }

  @Test
  void badSampleShapesAreNamed() {
    Teacher t = new Teacher(new double[] {1, 2}, new double[] {1, 0, 0});
    double[] v = {1, 1};
    double[] w = {1, 1, 1};
    assertThatThrownBy(() -> EmpiricalLoss.evaluate(v, w, t, new double[0][][]))
        .hasMessageContaining("at least one");
    assertThatThrownBy(() -> EmpiricalLoss.evaluate(v, w, t, new double[][][] {{{1, 2, 3}}}))
        .hasMessageContaining("samples[0] has 1 rows but m = 2");
    assertThatThrownBy(() -> EmpiricalLoss.evaluate(v, w, t, new double[][][] {{{1, 2, 3}, {1, 2}}}))
        .hasMessageContaining("samples[0][1] has length 2 but n = 3");
  }
}
