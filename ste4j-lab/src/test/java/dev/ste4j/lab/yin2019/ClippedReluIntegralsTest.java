package dev.ste4j.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.lab.numeric.AdaptiveGaussKronrod;
import dev.ste4j.lab.numeric.ErrorFunction;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

class ClippedReluIntegralsTest {

  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
  private final ClippedReluIntegrals integrals = new ClippedReluIntegrals();

  @Test
  void xiMatchesItsDefiningIntegralAndTheErfForm() {
    AdaptiveGaussKronrod gk = AdaptiveGaussKronrod.accurate();
    for (double x : new double[] {1e-3, 0.01, 0.5, 1.0, 1.4999, 1.5, 2.0, 3.0, 6.0, 12.0}) {
      double byQuadrature = gk.integrate(r -> r * r * Math.exp(-0.5 * r * r), 0, x);
      assertThat(ClippedReluIntegrals.xi(x)).as("xi(%s)", x).isCloseTo(byQuadrature, within(1e-14 * byQuadrature));
      double erfForm = Math.sqrt(Math.PI / 2) * ErrorFunction.erf(x / Math.sqrt(2)) - x * Math.exp(-0.5 * x * x);
      if (x >= 0.5) {
        assertThat(ClippedReluIntegrals.xi(x)).isCloseTo(erfForm, within(1e-14));
      }
    }
    assertThat(ClippedReluIntegrals.xi(0)).isZero();
    assertThat(ClippedReluIntegrals.xi(Double.POSITIVE_INFINITY)).isEqualTo(Math.sqrt(Math.PI / 2));
    assertThat(ClippedReluIntegrals.xi(-2)).isEqualTo(-ClippedReluIntegrals.xi(2));
  }

  @Test
  void quadratureAgreesWithTheDerivedClosedForms() {
    Rng rng = new Rng(11);
    for (int k = 0; k < 60; k++) {
      double theta = 0.05 + (Math.PI - 0.4) * rng.nextDouble();
      double a = 0.1 + 5 * rng.nextDouble();
      double q = integrals.q(theta, a);
      double p = integrals.p(theta, a);
      assertThat(q).as("q(%s, %s)", theta, a).isCloseTo(ClippedReluIntegrals.qClosedForm(theta, a), within(1e-13 * q));
      assertThat(p).as("p(%s, %s)", theta, a).isCloseTo(ClippedReluIntegrals.pClosedForm(theta, a), within(1e-12 * p));
    }
  }

  @Test
  void closedFormInstanceMatchesQuadratureInAbsoluteTermsEverywhere() {
    ClippedReluIntegrals fast = ClippedReluIntegrals.closedForms();
    assertThat(fast.usesQuadrature()).isFalse();
    Rng rng = new Rng(12);
    double[] specials = {0, 1e-12, 1e-6, Math.PI / 2, Math.PI - 1e-6, Math.PI - 1e-12, Math.PI};
    for (int k = 0; k < 80; k++) {
      double theta = k < specials.length ? specials[k] : Math.PI * rng.nextDouble();
      double a = k < specials.length ? 1.3 : 0.05 + 6 * rng.nextDouble();
      assertThat(fast.p(theta, a)).as("p(%s, %s)", theta, a).isCloseTo(integrals.p(theta, a), within(2e-15));
      assertThat(fast.q(theta, a)).as("q(%s, %s)", theta, a).isCloseTo(integrals.q(theta, a), within(2e-15));
    }
  }

  @Test
  void qKeepsRelativeAccuracyAtTinyAngles() {
    double theta = 1e-9;
    assertThat(integrals.q(theta, 1.0)).isCloseTo(ClippedReluIntegrals.qClosedForm(theta, 1.0), within(1e-22));
  }

  @Test
  void edgeValuesAsThePaperDefinesThem() {
    for (double a : new double[] {0.3, 1, 4}) {
      assertThat(integrals.p(Math.PI, a)).isZero();
      assertThat(integrals.q(0, a)).isZero();
      assertThat(integrals.q(Math.PI, a)).isZero();
      double p0 = -Math.expm1(-0.5 / (a * a)) / SQRT_2PI;
      assertThat(integrals.p(0, a)).isCloseTo(p0, within(1e-14 * p0));
      // q is continuous at the ends: close to π it is small and matches the closed form.
      double theta = Math.PI - 1e-6;
      assertThat(integrals.q(theta, a)).isCloseTo(ClippedReluIntegrals.qClosedForm(theta, a), within(1e-18));
    }
  }

  @Test
  void zeroFilterGivesTheReluValues() {
    for (double theta : new double[] {0, 0.7, 2.0, 3.0}) {
      assertThat(integrals.p(theta, 0)).isCloseTo((1 + Math.cos(theta)) / (2 * SQRT_2PI), within(1e-15));
      assertThat(integrals.q(theta, 0)).isCloseTo(Math.sin(theta) / (2 * SQRT_2PI), within(1e-15));
    }
  }

  @Test
  void rejectsAnglesOutsideTheRange() {
    assertThatThrownBy(() -> integrals.p(-0.1, 1)).hasMessageContaining("theta");
    assertThatThrownBy(() -> integrals.q(1, -1)).hasMessageContaining("||w||");
  }
}
