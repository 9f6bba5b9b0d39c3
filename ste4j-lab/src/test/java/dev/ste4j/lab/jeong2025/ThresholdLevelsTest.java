package dev.ste4j.lab.jeong2025;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trial bootstrap, thresholds at several levels, the upper-range fit and the local slopes. */
class ThresholdLevelsTest {

  @Test
  void cellsSeenAtZeroAndOneHundredPercentVaryUnderTheTrialBootstrap() {
    Rng rng = new Rng(5);
    int trials = 20;
    int reps = 4000;
    int zeroMoved = 0;
    int fullMoved = 0;
    double zeroMean = 0;
    double halfMean = 0;
    for (int b = 0; b < reps; b++) {
      int zero = TrialBootstrap.resample(0, trials, rng);
      int full = TrialBootstrap.resample(trials, trials, rng);
      zeroMoved += zero > 0 ? 1 : 0;
      fullMoved += full < trials ? 1 : 0;
      zeroMean += zero;
      halfMean += TrialBootstrap.resample(10, trials, rng);
    }
    // Jeffreys posterior mean of p for 0 of 20 is 0.5/21, so E[s*] = 20·0.5/21 ≈ 0.476 and P(s* > 0) ≈ 0.3.
    assertThat(zeroMean / reps).isCloseTo(trials * 0.5 / 21, within(0.05));
    assertThat((double) zeroMoved / reps).isBetween(0.2, 0.45);
    assertThat((double) fullMoved / reps).isBetween(0.2, 0.45);
    assertThat(halfMean / reps).isCloseTo(10, within(0.2));
    // the same stream gives the same draws
    assertThat(TrialBootstrap.resample(3, 9, new Rng(1))).isEqualTo(TrialBootstrap.resample(3, 9, new Rng(1)));
  }

  @Test
  void aJumpFromNoneToAllBetweenTwoSizesGetsAnIntervalOfItsOwn() {
    // every trial fails at N = 16 and succeeds at N = 32: a plain trial resampling would give the interval [N*, N*]
    List<SuccessCurve> curves = List.of(new SuccessCurve(8, List.of(8, 16, 32, 64), List.of(0, 0, 10, 10), 10));
    Threshold t = ThresholdEstimator.analyze(curves, 0.5, 400, new Rng(3)).thresholds().get(0);
    assertThat(t.value()).isCloseTo(Math.sqrt(16 * 32), within(1e-9));
    assertThat(t.lower()).isLessThan(t.value());
    assertThat(t.upper()).isGreaterThan(t.value());
    assertThat(t.lower()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void eachLevelHasItsOwnCrossing() {
    List<SuccessCurve> curves = List.of(new SuccessCurve(8, List.of(10, 20, 40, 80), List.of(0, 1, 3, 4), 4));
    assertThat(ThresholdEstimator.analyze(curves, 0.5, 0, new Rng(1)).thresholds().get(0).value())
        .isCloseTo(Math.sqrt(800), within(1e-9));
    // 0.9 lies 0.6 of the way from 0.75 at N = 40 to 1 at N = 80 (in log N)
    assertThat(ThresholdEstimator.analyze(curves, 0.9, 0, new Rng(1)).thresholds().get(0).value())
        .isCloseTo(40 * Math.pow(2, 0.6), within(1e-9));
  }

  /** Curves that jump from 0 to 1 exactly at N*(n), with the grid fine enough to put it between two sizes. */
  private static List<SuccessCurve> steps(int[] dims, double[] stars, List<Integer> sizes) {
    List<SuccessCurve> out = new ArrayList<>();
    for (int i = 0; i < dims.length; i++) {
      List<Integer> ok = new ArrayList<>();
      for (int size : sizes) {
        ok.add(size >= stars[i] ? 10 : 0);
      }
      out.add(new SuccessCurve(dims[i], sizes, ok, 10));
    }
    return out;
  }

  @Test
  void theUpperHalfFitAndTheLocalSlopesSeeABendThatTheFullFitAverages() {
    List<Integer> sizes = List.of(4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096);
    // thresholds between grid points: √(8·16), √(32·64), √(256·512), √(2048·4096) at n = 8, 16, 32, 64
    int[] dims = {8, 16, 32, 64};
    double[] stars = {16, 64, 512, 4096};
    SampleComplexity sc = ThresholdEstimator.analyze(steps(dims, stars, sizes), 0.5, 0, new Rng(1));
    double[] n = {8, 16, 32, 64};
    double[] star = new double[4];
    for (int i = 0; i < 4; i++) {
      star[i] = sc.thresholds().get(i).value();
    }
    assertThat(star[0]).isCloseTo(Math.sqrt(8 * 16), within(1e-9));
    assertThat(sc.localSlopes()).extracting(SampleComplexity.LocalSlope::from).containsExactly(8, 16, 32);
    assertThat(sc.localSlopes().get(0).slope()).isCloseTo(2, within(1e-9));
    assertThat(sc.localSlopes().get(1).slope()).isCloseTo(3, within(1e-9));
    assertThat(sc.localSlopes().get(2).slope()).isCloseTo(3, within(1e-9));
    assertThat(sc.upperExponent().dimensions()).containsExactly(32, 64);
    assertThat(sc.upperExponent().exponent()).isCloseTo(3, within(1e-9));
    assertThat(sc.exponent().dimensions()).containsExactly(8, 16, 32, 64);
    assertThat(sc.exponent().exponent()).isCloseTo(PowerLawFit.fit(n, star).exponent(), within(1e-12));
    assertThat(sc.exponent().exponent()).isBetween(2.0, 3.0);
  }

  @Test
  void aPhaseRunAnalysesEveryLevelOfItsConfig() {
    PhaseConfig c = new PhaseConfig(ModelConfig.twoLayer(8), PhaseConfig.defaultMethod().withIterations(200),
        List.of(8, 12), List.of(4, 8, 16, 32, 64), 6, 20, List.of(0.5, 0.9), 4);
    PhaseResult r = PhaseExperiment.run(c, new TrialRunner(2, null));
    assertThat(r.lastLevels()).extracting(SampleComplexity::level).containsExactly(0.5, 0.9);
    assertThat(r.averagedLevels()).extracting(SampleComplexity::level).containsExactly(0.5, 0.9);
    assertThat(r.at(true, 0.95).level()).isEqualTo(0.9);
    for (int i = 0; i < 2; i++) {
      Threshold low = r.lastLevels().get(0).thresholds().get(i);
      Threshold high = r.lastLevels().get(1).thresholds().get(i);
      if (low.isEstimated() && high.isEstimated()) {
        assertThat(high.value()).isGreaterThanOrEqualTo(low.value());
      }
    }
  }
}
