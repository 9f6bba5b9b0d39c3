package dev.ste4j.lab.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class AdaptiveGaussKronrodTest {

  private final AdaptiveGaussKronrod gk = AdaptiveGaussKronrod.accurate();

  private void check(DoubleUnaryOperator f, double a, double b, double expected) {
    double got = gk.integrate(f, a, b);
    assertThat(got).as("∫[%s, %s]", a, b).isCloseTo(expected, within(2e-14 * Math.max(1, Math.abs(expected))));
  }

  @Test
  void polynomialsUpToDegree22AreExactOnOnePanel() {
    for (int k = 0; k <= 22; k++) {
      int p = k;
      AdaptiveGaussKronrod single = new AdaptiveGaussKronrod(1e-300, 1e-15, 1);
      double got = single.integrate(x -> Math.pow(x, p), 0, 1);
      assertThat(got).as("x^%d", k).isCloseTo(1.0 / (k + 1), within(1e-15));
    }
  }

  @Test
  void knownSmoothIntegrals() {
    check(Math::sin, 0, Math.PI, 2.0);
    check(Math::exp, 0, 1, Math.E - 1);
    check(x -> 1.0 / (1 + 25 * x * x), -1, 1, 0.4 * Math.atan(5));
    // 2π I0(1), with I0(1) = 1.2660658777520082 (Bessel function of the first kind)
    check(x -> Math.exp(Math.cos(x)), 0, 2 * Math.PI, 2 * Math.PI * 1.2660658777520082);
    check(x -> Math.exp(-0.5 * x * x), -8, 8, Math.sqrt(2 * Math.PI) * ErrorFunction.erf(8 / Math.sqrt(2)));
    check(x -> Math.log(x), 1, 2, 2 * Math.log(2) - 1);
  }

  @Test
  void endpointSingularitiesConvergeByBisection() {
    check(Math::sqrt, 0, 1, 2.0 / 3);
    check(x -> 1 / Math.sqrt(x), 0, 4, 4.0);
    check(x -> x * Math.log(x), 0, 1, -0.25);
  }

  @Test
  void reversedAndEmptyIntervals() {
    assertThat(gk.integrate(Math::cos, Math.PI / 2, 0)).isCloseTo(-1.0, within(1e-15));
    assertThat(gk.integrate(Math::cos, 3, 3)).isZero();
  }

  @Test
  void errorEstimateAndBudgetAreReported() {
    AdaptiveGaussKronrod coarse = new AdaptiveGaussKronrod(0, 1e-15, 3);
    double got = coarse.integrate(x -> Math.abs(x - 0.3), 0, 1);
    assertThat(coarse.lastEvaluations()).isEqualTo(15 * (1 + 2 * 2));
    assertThat(Math.abs(got - 0.29)).isLessThanOrEqualTo(coarse.lastError() + 1e-15);
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> gk.integrate(Math::exp, 0, Double.POSITIVE_INFINITY))
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> new AdaptiveGaussKronrod(-1, 0, 10)).hasMessageContaining("tolerances");
    assertThatThrownBy(() -> gk.integrate(x -> 1 / x, -1, 1)).isInstanceOf(ArithmeticException.class);
  }
}
