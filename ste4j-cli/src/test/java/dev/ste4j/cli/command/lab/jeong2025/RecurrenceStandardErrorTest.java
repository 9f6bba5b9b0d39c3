package dev.ste4j.cli.command.lab.jeong2025;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.lab.jeong2025.RecurrenceCell;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RecurrenceStandardErrorTest {

  private static RecurrenceCell cell(double fraction, int trials) {
    return new RecurrenceCell(0.1, 64, trials, trials, 0, fraction, 0, 0, Double.NaN, Double.NaN);
  }

  @Test
  void theBoundIsTheBinomialStandardError() {
    assertThat(Jeong2025RecurrenceReport.standardErrorBound(cell(0.5, 25))).isCloseTo(0.1, within(1e-12));
    assertThat(Jeong2025RecurrenceReport.standardErrorBound(cell(1, 25))).isZero();
  }

  @Test
  void itBoundsTheStandardErrorOfAnyMeanOfFractions() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 200; trial++) {
      int n = 2 + random.nextInt(30);
      double[] f = new double[n];
      double mean = 0;
      for (int i = 0; i < n; i++) {
        f[i] = random.nextInt(3) == 0 ? random.nextInt(2) : random.nextDouble();
        mean += f[i] / n;
      }
      double var = 0;
      for (double v : f) {
        var += (v - mean) * (v - mean) / n;
      }
      assertThat(Math.sqrt(var / n)).isLessThanOrEqualTo(
          Jeong2025RecurrenceReport.standardErrorBound(cell(mean, n)) + 1e-12);
    }
  }
}
