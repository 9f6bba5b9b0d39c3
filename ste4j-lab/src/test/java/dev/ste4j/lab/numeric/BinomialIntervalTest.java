package dev.ste4j.lab.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinomialIntervalTest {

  @Test
  void matchesTheWilsonFormulaAtAKnownPoint() {
    // 8 of 10: the Wilson 95 % interval is [0.4902, 0.9433] (textbook value, e.g. Agresti & Coull 1998).
    BinomialInterval i = BinomialInterval.wilson95(8, 10);
    assertThat(i.low()).isCloseTo(0.4902, within(1e-4));
    assertThat(i.high()).isCloseTo(0.9433, within(1e-4));
    assertThat(i.rate()).isEqualTo(0.8);
  }

  @Test
  void doesNotCollapseAtZeroOrAllSuccesses() {
    BinomialInterval none = BinomialInterval.wilson95(0, 20);
    BinomialInterval all = BinomialInterval.wilson95(20, 20);
    assertThat(none.low()).isZero();
    assertThat(none.high()).isGreaterThan(0.1);
    assertThat(all.high()).isEqualTo(1.0);
    assertThat(all.low()).isLessThan(0.9);
    assertThat(all.low()).isCloseTo(1 - none.high(), within(1e-12));
  }

  @Test
  void containsTheRateAndShrinksWithMoreTrials() {
    java.util.Random random = new java.util.Random(7);
    for (int t = 0; t < 200; t++) {
      int n = 1 + random.nextInt(500);
      int k = random.nextInt(n + 1);
      BinomialInterval i = BinomialInterval.wilson95(k, n);
      assertThat(i.low()).isLessThanOrEqualTo(i.rate()).isGreaterThanOrEqualTo(0.0);
      assertThat(i.high()).isGreaterThanOrEqualTo(i.rate()).isLessThanOrEqualTo(1.0);
      BinomialInterval more = BinomialInterval.wilson95(4L * k, 4L * n);
      assertThat(more.high() - more.low()).isLessThan(i.high() - i.low() + 1e-12);
    }
  }

  @Test
  void refusesImpossibleCounts() {
    assertThatThrownBy(() -> BinomialInterval.wilson95(3, 2)).hasMessageContaining("3 of 2");
    assertThatThrownBy(() -> BinomialInterval.wilson95(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
