package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Noise of a tiny scale s, down to subnormal: as s → 0 the noise CDF F(a) = F₀(a/s) tends to a step, so units with
 * a ≠ 0 are deterministic; a unit at a = 0 keeps P(±1) = 1/2 for every s, and its gradient F₀′(0)/s·Δ scales exactly
 * as 1/s. Both are checked for logistic and uniform noise, for the exact gradient and the exact ST expectation.
 */
class TinyNoiseScaleTest {

  private static final double[] X = {1, -1};

  /** [2, 2, 3]: first-layer pre-activations 0.7 and −0.6 on X, far from 0 at any tiny scale. */
  private static Sbn awayFromZero(Noise noise) {
    return new Sbn(new int[] {2, 2, 3}, new double[][] {{0.5, -0.2, -0.3, -0.1}, {1, -1, 0.5, 0.5, -0.2, 0.3}},
        new double[][] {{0, -0.4}, {0, 0.1, -0.1}}, noise, null);
  }

  /** [2, 1, 2]: the one hidden unit has a = 0 exactly, and the output weights are small (|Δ| ≈ 0.02). */
  private static Sbn atZero(Noise noise) {
    return new Sbn(new int[] {2, 1, 2}, new double[][] {{0, 0}, {0.01, -0.01}}, new double[][] {{0}, {0, 0}},
        noise, null);
  }

  @Test
  void aSubnormalScaleMakesUnitsAwayFromZeroDeterministic() {
    for (NoiseKind kind : NoiseKind.values()) {
      Sbn net = awayFromZero(new Noise(kind, 1e-320));
      ExactGradient.Result r = ExactGradient.of(net, X, 2);
      // The deterministic network: h = sign(0.7, −0.6) = (+1, −1).
      double[] logits = {2, 0.1, -0.6};
      double[] dLogits = new double[3];
      double loss = net.loss().valueAndGradient(logits, 2, dLogits);
      assertThat(r.expectedLoss()).as(kind.id()).isCloseTo(loss, within(1e-15));
      assertThat(r.gradient().weights(0)).as(kind.id()).containsOnly(0.0);
      assertThat(r.gradient().biases(0)).as(kind.id()).containsOnly(0.0);
      assertThat(r.gradient().biases(1)).as(kind.id()).containsExactly(dLogits, within(1e-15));
      Gradient st = ExactStraightThrough.expectation(net, X, 2);
      assertThat(java.util.Arrays.stream(st.flatten()).allMatch(Double::isFinite)).as(kind.id()).isTrue();
      assertThat(st.biases(0)).as(kind.id()).containsOnly(0.0);
    }
  }

  @Test
  void aUnitAtZeroHasAGradientThatScalesAsOneOverTheScale() {
    for (NoiseKind kind : NoiseKind.values()) {
      Sbn unit = atZero(new Noise(kind, 1.0));
      double gb = ExactGradient.of(unit, X, 0).gradient().biases(0)[0];
      double st = ExactStraightThrough.expectation(unit, X, 0).biases(0)[0];
      assertThat(gb).isNotZero();
      for (double s : new double[] {1e-300, 1e-308, 1e-310}) { // the last two are subnormal; |Δ|/(4s) stays finite
        Sbn net = atZero(new Noise(kind, s));
        ExactGradient.Result r = ExactGradient.of(net, X, 0);
        String at = kind.id() + ", s = " + s;
        assertThat(r.expectedLoss()).as(at).isEqualTo(ExactGradient.of(unit, X, 0).expectedLoss());
        assertThat(r.gradient().biases(0)[0] * s).as(at).isCloseTo(gb, within(1e-15 * Math.abs(gb)));
        assertThat(ExactStraightThrough.expectation(net, X, 0).biases(0)[0] * s).as(at)
            .isCloseTo(st, within(1e-15 * Math.abs(st)));
      }
    }
  }

  @Test
  void aUnitAtZeroUnderTooSmallAScaleOverflowsRatherThanGivingNaN() {
    Sbn net = atZero(new Noise(NoiseKind.LOGISTIC, Double.MIN_VALUE));
    assertThat(ExactGradient.of(net, X, 0).gradient().biases(0)[0]).isInfinite();
  }
}
