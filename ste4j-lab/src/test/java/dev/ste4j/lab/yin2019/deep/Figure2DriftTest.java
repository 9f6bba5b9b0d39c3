package dev.ste4j.lab.yin2019.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.lab.claim.Claim;
import dev.ste4j.lab.claim.Verdict;
import dev.ste4j.nn.quantizer.SteVariant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Figure2DriftTest {

  /** A curve with these training losses and test accuracies at epochs 0..K (K = drift epochs, no normal phase). */
  static Figure2Curve curve(SteVariant from, SteVariant continued, double[] loss, double[] accuracy) {
    List<EpochPoint> points = new ArrayList<>();
    for (int e = 0; e < loss.length; e++) {
      points.add(new EpochPoint(e, loss[e], 0.99, 0.05, accuracy[e], e == 0 ? Double.NaN : 1e-5, 0));
    }
    return new Figure2Curve(from, continued, points, loss.length - 1);
  }

  private static final double[] RISING = {0.010, 0.012, 0.014, 0.016, 0.018};
  private static final double[] FLAT_NOISE = {0.010, 0.013, 0.009, 0.012, 0.0115};
  private static final double[] FALLING_ACCURACY = {0.990, 0.988, 0.985, 0.983, 0.980};
  private static final double[] SAME_ACCURACY = {0.990, 0.990, 0.991, 0.990, 0.990};

  @Test
  void aSteadyRiseWithFallingAccuracyDrifts() {
    Figure2Drift d = Figure2Drift.of(curve(SteVariant.RELU, SteVariant.IDENTITY, RISING, FALLING_ACCURACY), 10_000);
    assertThat(d.rise()).isCloseTo(0.008, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(d.spread()).isCloseTo(0.006, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(d.standardError()).isCloseTo(Math.sqrt(0.99 * 0.01 / 10_000), org.assertj.core.data.Offset.offset(1e-15));
    assertThat(d.lossRose()).isTrue();
    assertThat(d.accuracyDropped()).isTrue();
    assertThat(d.drifted()).isTrue();
  }

  @Test
  void anIncreaseWithinTheSpreadOfThePrecedingEpochsIsNotADrift() {
    // The last loss is above the start (0.0115 > 0.010) but by less than the spread 0.004 of epochs 0..3.
    Figure2Drift d = Figure2Drift.of(curve(SteVariant.RELU, SteVariant.IDENTITY, FLAT_NOISE, FALLING_ACCURACY),
        10_000);
    assertThat(d.rise()).isPositive();
    assertThat(d.lossRose()).isFalse();
    assertThat(d.drifted()).isFalse();
  }

  @Test
  void aRiseWithoutAnAccuracyDropBeyondItsStandardErrorIsNotADrift() {
    Figure2Drift d = Figure2Drift.of(curve(SteVariant.RELU, SteVariant.IDENTITY, RISING, SAME_ACCURACY), 10_000);
    assertThat(d.lossRose()).isTrue();
    assertThat(d.accuracyDropped()).isFalse();
    assertThat(d.drifted()).isFalse();
    // The same 1 pp drop is beyond one s.e. on 10,000 images but not on 50 (s.e. 1.4 pp).
    assertThat(Figure2Drift.of(curve(SteVariant.RELU, SteVariant.IDENTITY, RISING, FALLING_ACCURACY), 50)
        .accuracyDropped()).isFalse();
  }

  @Test
  void fewerThanThreeDriftEpochsCannotBeJudged() {
    assertThatThrownBy(() -> Figure2Drift.of(curve(SteVariant.RELU, SteVariant.IDENTITY,
        new double[] {0.01, 0.02, 0.03}, new double[] {0.99, 0.98, 0.97}), 100))
        .hasMessageContaining("at least 3 drift epochs");
  }

  /** Results of three seeds; {@code drifting} decides, per (from, continued), whether its curve drifts. */
  private static List<Figure2Result> results(int seeds, List<SteVariant> continued,
                                             java.util.function.BiPredicate<SteVariant, SteVariant> drifting) {
    Table1Config m = Table1Config.paper(DeepNetwork.LENET5, 0).withBits(List.of(4))
        .withStes(List.of(SteVariant.RELU, SteVariant.CLIPPED_RELU)).withEpochs(2).withSubsets(1000, 1000);
    Figure2Config c = new Figure2Config(m, continued, 4, 1e-5, 0);
    List<Figure2Result> out = new ArrayList<>();
    for (int s = 0; s < seeds; s++) {
      List<Figure2Curve> curves = new ArrayList<>();
      for (SteVariant from : m.stes()) {
        for (SteVariant k : continued) {
          boolean d = drifting.test(from, k);
          curves.add(curve(from, k, d ? RISING : FLAT_NOISE, d ? FALLING_ACCURACY : SAME_ACCURACY));
        }
      }
      out.add(new Figure2Result(c.withSeed(s + 1), null, curves, 10_000));
    }
    return out;
  }

  @Test
  void claimsCompareEachCurveWithWhatThePaperShows() {
    List<SteVariant> all = List.of(SteVariant.values());
    List<Claim> asPaper = Figure2Claims.of(results(3, all, Figure2Claims::expectedToDrift));
    assertThat(asPaper).extracting(Claim::id).containsExactly("figure2-continue-identity",
        "figure2-continue-relu", "figure2-continue-clipped_relu");
    assertThat(asPaper).extracting(Claim::verdict).containsOnly(Verdict.REPRODUCED);
    assertThat(asPaper.get(0).measured()).contains("from relu: drifted in 3 of 3 (expected all");
    assertThat(asPaper.get(0).scale()).startsWith("reduced: LeNet-5 (the paper: ResNet-20)").contains("3 seed(s)");

    List<Claim> nothingMoves = Figure2Claims.of(results(3, all, (f, k) -> false));
    assertThat(nothingMoves).extracting(Claim::verdict)
        .containsExactly(Verdict.NOT_REPRODUCED, Verdict.PARTLY, Verdict.REPRODUCED);

    List<Claim> onlyFromRelu = Figure2Claims.of(results(3, List.of(SteVariant.IDENTITY),
        (f, k) -> f == SteVariant.RELU));
    assertThat(onlyFromRelu.get(0).verdict()).isEqualTo(Verdict.PARTLY);
  }

  @Test
  void fewerThanThreeSeedsIsNotRun() {
    List<Claim> two = Figure2Claims.of(results(2, List.of(SteVariant.IDENTITY), Figure2Claims::expectedToDrift));
    assertThat(two.get(0).verdict()).isEqualTo(Verdict.NOT_RUN);
    assertThat(two.get(0).rule()).contains("2 seed(s)");
    assertThat(Figure2Claims.expectedToDrift(SteVariant.CLIPPED_RELU, SteVariant.RELU)).isTrue();
    assertThat(Figure2Claims.expectedToDrift(SteVariant.RELU, SteVariant.RELU)).isFalse();
  }
}
