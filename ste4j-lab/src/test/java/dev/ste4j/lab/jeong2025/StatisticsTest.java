package dev.ste4j.lab.jeong2025;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTest {

  @Test
  void crossingInterpolatesInLogSize() {
    int[] sizes = {10, 20, 40, 80};
    // 0.5 lies halfway between 0.25 at N=20 and 0.75 at N=40: log-midpoint √800.
    assertThat(ThresholdEstimator.crossing(sizes, new double[] {0, 0.25, 0.75, 1}, 0.5))
        .isCloseTo(Math.sqrt(800), within(1e-9));
    assertThat(ThresholdEstimator.crossing(sizes, new double[] {0.6, 0.8, 1, 1}, 0.5))
        .isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(ThresholdEstimator.crossing(sizes, new double[] {0, 0.1, 0.2, 0.4}, 0.5))
        .isEqualTo(Double.POSITIVE_INFINITY);
    // exactly at the level at a grid point: that point
    assertThat(ThresholdEstimator.crossing(sizes, new double[] {0, 0.5, 1, 1}, 0.5)).isCloseTo(20, within(1e-9));
  }

  @Test
  void monotoneSmoothingPoolsViolators() {
    assertThat(ThresholdEstimator.monotone(new double[] {0, 0.6, 0.4, 1})).containsExactly(0, 0.5, 0.5, 1);
    assertThat(ThresholdEstimator.monotone(new double[] {0.3, 0.2, 0.1}))
        .containsExactly(new double[] {0.2, 0.2, 0.2}, within(1e-12));
    // a noisy dip does not create a second crossing: pooled to 0.5 at N = 2 and 4, the crossing is N = 2
    assertThat(ThresholdEstimator.crossing(new int[] {1, 2, 4, 8}, new double[] {0.1, 0.6, 0.4, 1}, 0.5))
        .isCloseTo(2, within(1e-9));
    assertThat(ThresholdEstimator.crossing(new int[] {1, 2, 4, 8}, new double[] {0.1, 0.3, 0.1, 1}, 0.5))
        .isCloseTo(Math.pow(2, 2.375), within(1e-9)); // pooled {0.1, 0.2, 0.2, 1}: 3/8 of the way from 4 to 8
  }

  @Test
  void powerLawFitRecoversAnExactExponent() {
    double[] x = {8, 16, 32, 64};
    double[] y = new double[4];
    for (int i = 0; i < 4; i++) {
      y[i] = 3 * Math.pow(x[i], 1.7);
    }
    PowerLawFit f = PowerLawFit.fit(x, y);
    assertThat(f.exponent()).isCloseTo(1.7, within(1e-12));
    assertThat(f.prefactor()).isCloseTo(3, within(1e-9));
    assertThat(f.rSquared()).isCloseTo(1, within(1e-12));
    assertThat(f.standardError()).isCloseTo(0, within(1e-9));
    assertThat(f.predict(128)).isCloseTo(3 * Math.pow(128, 1.7), within(1e-6));
    assertThat(PowerLawFit.fit(new double[] {1, 2, 4}, new double[] {1, Double.NaN, 16}).points()).isEqualTo(2);
    assertThatThrownBy(() -> PowerLawFit.fit(new double[] {2, 2}, new double[] {1, 3}))
        .hasMessageContaining("distinct");
    assertThatThrownBy(() -> PowerLawFit.fit(new double[] {2}, new double[] {1})).hasMessageContaining("two points");
  }

  @Test
  void bootstrapIntervalsCoverTheTrueExponentOfASimulatedLogisticPhase() {
    // Success probability 1/(1+(N*/N)^4) with N* = 2n^1.5: the estimator should find k near 1.5.
    int[] dims = {8, 16, 32, 64};
    List<Integer> sizes = Grid.geometric(4, 4096, 2);
    Rng rng = new Rng(17);
    List<SuccessCurve> curves = new ArrayList<>();
    int trials = 200;
    for (int n : dims) {
      double star = 2 * Math.pow(n, 1.5);
      List<Integer> ok = new ArrayList<>();
      for (int size : sizes) {
        double p = 1 / (1 + Math.pow(star / size, 4));
        int s = 0;
        for (int t = 0; t < trials; t++) {
          s += rng.nextDouble() < p ? 1 : 0;
        }
        ok.add(s);
      }
      curves.add(new SuccessCurve(n, sizes, ok, trials));
    }
    SampleComplexity sc = ThresholdEstimator.analyze(curves, 0.5, 400, new Rng(1));
    ExponentEstimate k = sc.exponent();
    assertThat(k.exponent()).isCloseTo(1.5, within(0.1));
    assertThat(k.lower()).isLessThan(k.exponent());
    assertThat(k.upper()).isGreaterThan(k.exponent());
    assertThat(k.lower()).isLessThan(1.5 + 0.05);
    assertThat(k.upper()).isGreaterThan(1.5 - 0.05);
    assertThat(k.replicatesUsed()).isEqualTo(400);
    for (int i = 0; i < dims.length; i++) {
      Threshold t = sc.thresholds().get(i);
      assertThat(t.value()).isCloseTo(2 * Math.pow(dims[i], 1.5), within(0.2 * 2 * Math.pow(dims[i], 1.5)));
    }
    // the same stream gives the same intervals
    assertThat(ThresholdEstimator.analyze(curves, 0.5, 400, new Rng(1))).isEqualTo(sc);
  }

  @Test
  void censoredCurvesAreReportedNotGuessed() {
    List<Integer> sizes = List.of(4, 8, 16);
    List<SuccessCurve> curves = List.of(
        new SuccessCurve(4, sizes, List.of(9, 10, 10), 10),
        new SuccessCurve(8, sizes, List.of(0, 5, 10), 10),
        new SuccessCurve(16, sizes, List.of(0, 0, 1), 10));
    SampleComplexity sc = ThresholdEstimator.analyze(curves, 0.5, 50, new Rng(2));
    assertThat(sc.thresholds().get(0).censoring()).isEqualTo(Threshold.Censoring.BELOW_GRID);
    assertThat(sc.thresholds().get(0).value()).isNaN();
    assertThat(sc.thresholds().get(1).value()).isCloseTo(8, within(1e-9));
    assertThat(sc.thresholds().get(2).censoring()).isEqualTo(Threshold.Censoring.ABOVE_GRID);
    assertThat(sc.thresholds().get(2).upper()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(sc.exponent().isEstimated()).isFalse();
    assertThat(sc.exponent().exponent()).isNaN();
  }

  @Test
  void standardizationGivesZeroMeanAndUnitVariancePerFeature() {
    float[] z = new float[500 * 3];
    InputDistribution.EXPONENTIAL.fill(z, new Rng(8));
    Normalization.STANDARDIZE.apply(z, 500, 3);
    for (int j = 0; j < 3; j++) {
      double s = 0;
      double q = 0;
      for (int r = 0; r < 500; r++) {
        s += z[r * 3 + j];
        q += z[r * 3 + j] * z[r * 3 + j];
      }
      assertThat(s / 500).isCloseTo(0, within(1e-5));
      assertThat(q / 500).isCloseTo(1, within(1e-4));
    }
  }

  @Test
  void distributionsHaveTheirStatedMoments() {
    Rng rng = new Rng(12);
    for (InputDistribution d : InputDistribution.values()) {
      float[] z = new float[200_000];
      d.fill(z, rng.split(d.ordinal()));
      double s = 0;
      for (float x : z) {
        s += x;
      }
      double mean = s / z.length;
      double q = 0;
      for (float x : z) {
        q += (x - mean) * (x - mean);
      }
      assertThat(mean).as("%s mean", d.id()).isCloseTo(d.mean(), within(0.02));
      // Student t3 has an infinite fourth moment, so its sample variance converges slowly
      assertThat(q / z.length).as("%s variance", d.id())
          .isCloseTo(d.variance(), within(d == InputDistribution.STUDENT_T3 ? 0.5 : 0.03));
    }
  }

  @Test
  void trialRunnerReturnsResultsInTaskOrderAndRethrowsFailures() {
    TrialRunner runner = new TrialRunner(2, null);
    assertThat(runner.run(new int[] {3, 1, 2, 0}, i -> i * i)).containsExactly(0, 1, 4, 9);
    assertThatThrownBy(() -> runner.run(5, i -> {
      if (i == 3) {
        throw new IllegalStateException("task 3 broke");
      }
      return i;
    })).hasMessage("task 3 broke");
    assertThatThrownBy(() -> new TrialRunner(0, null)).hasMessageContaining("at least 1");
  }
}
