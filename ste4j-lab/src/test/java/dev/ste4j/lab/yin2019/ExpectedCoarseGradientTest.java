package dev.ste4j.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.nn.quantizer.SteVariant;
import org.junit.jupiter.api.Test;

/** The evaluated forms against the paper's literal expressions of Lemmas 4 and 7 at interior angles. */
class ExpectedCoarseGradientTest {

  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
  private final ClippedReluIntegrals integrals = new ClippedReluIntegrals();
  private final ExpectedCoarseGradient ecg = new ExpectedCoarseGradient(integrals);

  @Test
  void matchesThePaperLiteralForms() {
    for (RandomPoints.Point point : RandomPoints.randomPoints(9, 50, 5, 5, 0.2, 2)) {
      Teacher t = point.teacher();
      double[] v = point.v();
      double[] w = point.w();
      double[] u = Vectors.unit(w);
      double[] us = t.unitWStar();
      double theta = AngleFrame.of(w, t.wStar()).theta();
      double a = Vectors.norm(w);
      double vvs = Vectors.dot(v, t.vStar());
      double h = ExpectedCoarseGradient.h(v, t.vStar());
      double[] bisector = Vectors.unit(Vectors.combine(1, u, 1, us));
      double[] relu = Vectors.combine(h / (2 * SQRT_2PI), u, -Math.cos(theta / 2) * vvs / SQRT_2PI, bisector);
      double p0 = integrals.p(0, a);
      double p = integrals.p(theta, a);
      double q = integrals.q(theta, a);
      double[] crelu = Vectors.combine(p0 * h / 2 - vvs * (p - q / Math.tan(theta / 2)), u,
          -vvs * q / Math.sin(theta / 2), bisector);
      assertClose(ecg.of(SteVariant.RELU, v, w, t), relu);
      assertClose(ecg.of(SteVariant.CLIPPED_RELU, v, w, t), crelu);
    }
  }

  @Test
  void atThetaPiTheReluSecondTermIsZeroAndAtZeroFilterTheDocumentedValues() {
    Teacher t = new Teacher(new double[] {1, 2}, new double[] {0, 1});
    double[] v = {0.5, -1};
    double h = ExpectedCoarseGradient.h(v, t.vStar());
    assertClose(ecg.of(SteVariant.RELU, v, new double[] {0, -2}, t), new double[] {0, -h / (2 * SQRT_2PI)});
    double vvs = Vectors.dot(v, t.vStar());
    assertClose(ecg.of(SteVariant.IDENTITY, v, new double[2], t), new double[] {0, -vvs / SQRT_2PI});
    assertThat(ecg.of(SteVariant.RELU, v, new double[2], t)).containsOnly(0.0);
    assertThat(ecg.of(SteVariant.CLIPPED_RELU, v, new double[2], t)).containsOnly(0.0);
  }

  @Test
  void clippedReluApproachesReluForTinyFilters() {
    Teacher t = new Teacher(new double[] {1, -0.3, 0.8}, new double[] {0.6, 0.8});
    double[] v = {0.2, 0.9, -0.4};
    double[] w = {1e-4, -0.5e-4};
    assertClose(ecg.of(SteVariant.CLIPPED_RELU, v, w, t), ecg.of(SteVariant.RELU, v, w, t));
  }

  private static void assertClose(double[] got, double[] expected) {
    double scale = Math.max(1e-300, RandomPoints.maxAbs(expected));
    for (int i = 0; i < got.length; i++) {
      assertThat(got[i]).as("component %d", i).isCloseTo(expected[i], within(1e-12 * scale));
    }
  }
}
