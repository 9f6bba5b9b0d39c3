package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.tensor.random.Rng;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The size limit of exact enumeration (refused before any work, with the size, the estimated time and how to raise
 * it) and its progress lines (one per tenth of the work, on long enumerations only).
 */
class EnumerationLimitTest {

  @AfterEach
  void restoreDefaults() {
    EnumerationLimit.setMaxStates(EnumerationLimit.DEFAULT_MAX_STATES);
    EnumerationProgress.printTo(null);
  }

  @Test
  void theDefaultAllows2To26StatesAndRefusesMoreWithTheEstimate() {
    EnumerationLimit.check(26);
    assertThatThrownBy(() -> EnumerationLimit.check(28)).isInstanceOf(EnumerationTooLargeException.class)
        .hasMessage("exact enumeration of 2^28 states (28 binary units) would take about 9 minutes (2^20 states take"
            + " about 2 s on a 2-core machine); the limit is 2^26 states; to run it anyway, raise the limit with"
            + " EnumerationLimit.setMaxStates(268435456)");
    assertThat(EnumerationLimit.estimate(1L << 30)).isEqualTo("about 34 minutes");
    assertThat(EnumerationLimit.estimate(1L << 20)).isEqualTo("about 2 s");
  }

  @Test
  void everyEnumerationObeysTheLimitBeforeItStarts() {
    Rng rng = new Rng(3);
    Sbn net = Sbn.random(new int[] {3, 6, 6, 2}, Noise.logistic(), null, 1.5, rng); // 12 hidden units
    double[] x = {0.5, -1, 2};
    EnumerationLimit.setMaxStates(1 << 11);
    assertThatThrownBy(() -> ExactGradient.of(net, x, 1)).isInstanceOf(EnumerationTooLargeException.class)
        .hasMessageContaining("2^12 states").hasMessageContaining("the limit is 2^11 states");
    assertThatThrownBy(() -> ExactMoments.of(net, new StraightThrough(), List.of(x), new int[] {1}, 0, rng))
        .isInstanceOf(EnumerationTooLargeException.class);
    EnumerationLimit.setMaxStates(1 << 12);
    assertThat(ExactGradient.of(net, x, 1).expectedLoss()).isPositive();
  }

  @Test
  void longEnumerationsPrintOneLinePerTenth() {
    Sbn net = Sbn.random(new int[] {3, 8, 8, 2}, Noise.logistic(), null, 1.5, new Rng(4)); // 2^16 states, 64 parts
    double[] x = {0.5, -1, 2};
    StringWriter lines = new StringWriter();
    EnumerationProgress.printTo(new PrintWriter(lines), 1 << 15);
    ExactGradient.of(net, x, 0);
    List<String> shown = lines.toString().lines().toList();
    assertThat(shown).hasSize(10);
    for (int i = 0; i < 10; i++) {
      assertThat(shown.get(i)).matches("ste: exact gradient over 2\\^16 states: " + 10 * (i + 1) + "% done \\(\\d+ s\\)");
    }

    lines.getBuffer().setLength(0);
    EnumerationProgress.printTo(new PrintWriter(lines), 1 << 16);
    ExactGradient.of(net, x, 0);
    assertThat(lines.toString()).as("2^16 states are not above 2^16").isEmpty();
  }
}
