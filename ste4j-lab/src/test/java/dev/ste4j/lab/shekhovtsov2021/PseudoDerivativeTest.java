package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The deterministic proxies' backward factors, at and around their kinks. */
class PseudoDerivativeTest {

  @Test
  void approxSignIsTwoAtZeroAndZeroAtPlusMinusOneContinuously() {
    PseudoDerivative d = PseudoDerivative.APPROX_SIGN;
    assertThat(d.at(0.0)).isEqualTo(2.0);
    assertThat(d.at(-0.0)).isEqualTo(2.0);
    assertThat(d.at(1e-12)).isCloseTo(2.0, within(1e-11));
    assertThat(d.at(1.0)).isEqualTo(0.0);
    assertThat(d.at(-1.0)).isEqualTo(0.0);
    assertThat(d.at(Math.nextDown(1.0))).isCloseTo(0.0, within(1e-15)).isPositive();
    assertThat(d.at(Math.nextUp(1.0))).isEqualTo(0.0);
    assertThat(d.at(0.5)).isEqualTo(1.0);
    assertThat(d.at(-0.25)).isEqualTo(1.5);
    assertThat(d.at(7.0)).isEqualTo(0.0);
  }

  @Test
  void clippedCountsItsKinksAsInsideAndTanhIsSmooth() {
    assertThat(PseudoDerivative.CLIPPED.at(1.0)).isEqualTo(1.0);
    assertThat(PseudoDerivative.CLIPPED.at(-1.0)).isEqualTo(1.0);
    assertThat(PseudoDerivative.CLIPPED.at(Math.nextUp(1.0))).isEqualTo(0.0);
    assertThat(PseudoDerivative.IDENTITY.at(1e6)).isEqualTo(1.0);
    assertThat(PseudoDerivative.TANH.at(0.0)).isEqualTo(1.0);
    assertThat(PseudoDerivative.TANH.at(1e-4)).isCloseTo(1 - 1e-8, within(1e-15));
    assertThat(PseudoDerivative.TANH.at(2.0)).isEqualTo(PseudoDerivative.TANH.at(-2.0));
    double h = 1e-6;
    assertThat(PseudoDerivative.TANH.at(0.8)).isCloseTo((Math.tanh(0.8 + h) - Math.tanh(0.8 - h)) / (2 * h),
        within(1e-9));
  }

  @Test
  void theRegistryKnowsTheNewEstimators() {
    assertThat(Estimators.parse("ste_tanh").name()).isEqualTo("ste_tanh");
    assertThat(Estimators.parse("ste_approxsign")).isInstanceOf(DeterministicSte.class);
    assertThat(((DeterministicSte) Estimators.parse("ste_approxsign")).proxy())
        .isEqualTo(PseudoDerivative.APPROX_SIGN);
    assertThat(Estimators.parse("arm").randomness()).isEqualTo(Randomness.NOISE);
  }
}
