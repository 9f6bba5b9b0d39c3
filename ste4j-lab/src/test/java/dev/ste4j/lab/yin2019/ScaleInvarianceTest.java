package dev.ste4j.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/**
 * θ, f, ∂f/∂v and the identity and ReLU coarse gradients depend on w only through its direction, and ∂f/∂w scales as
 * 1/‖w‖ (Lemmas 1, 2, 4, 9). Seeded random points, w scaled to the ends of the double range: bitwise for powers of two,
 * to a few ulps for powers of ten (c·w rounds each entry).
 */
class ScaleInvarianceTest {

  private static final int POINTS = 40;
  private final ExpectedCoarseGradient ecg = new ExpectedCoarseGradient();

  @Test
  void powersOfTwoLeaveEveryDirectionalQuantityBitwiseEqualAndScaleGradWExactly() {
    forEachPoint(1, (k, t, v, w, ref) -> {
      for (int e : new int[] {664, -664, 997, -997}) { // 2^±664 ≈ 1e±200, 2^±997 ≈ 1e±300: exact scalings
        double[] scaled = Vectors.scalb(w, e);
        PopulationPoint p = PopulationPoint.evaluate(v, scaled, t, ecg);
        String at = "point " + k + ", w·2^" + e;
        assertThat(p.theta()).as(at).isEqualTo(ref.theta());
        assertThat(p.loss()).as(at).isEqualTo(ref.loss());
        assertThat(p.gradV()).as(at).containsExactly(ref.gradV());
        assertThat(p.coarse(SteVariant.IDENTITY)).as(at).containsExactly(ref.coarse(SteVariant.IDENTITY));
        assertThat(p.coarse(SteVariant.RELU)).as(at).containsExactly(ref.coarse(SteVariant.RELU));
        assertThat(p.gradW()).as(at).containsExactly(Vectors.scalb(ref.gradW(), -e));
      }
    });
  }

  @Test
  void powersOfTenAgreeToAFewUlpsAndGradWScalesAsOneOverTheNorm() {
    forEachPoint(2, (k, t, v, w, ref) -> {
      for (double c : new double[] {1e200, 1e-200, 1e300, 1e-300}) {
        PopulationPoint p = PopulationPoint.evaluate(v, Vectors.scale(c, w), t, ecg);
        String at = "point " + k + ", w·" + c;
        assertThat(p.theta()).as(at).isCloseTo(ref.theta(), within(4 * Math.ulp(Math.PI)));
        assertThat(Math.abs(p.loss() - ref.loss())).as(at).isLessThanOrEqualTo(8 * Math.ulp(scaleOfLoss(v, t)));
        for (int j = 0; j < w.length; j++) {
          // ∂f/∂w at c·w is (1/c)·∂f/∂w at w: compare c·∂f/∂w(c·w) with ∂f/∂w(w) relative to its norm.
          double rescaled = p.gradW()[j] * c;
          assertThat(Math.abs(rescaled - ref.gradW()[j])).as(at + ", gradW[" + j + "]")
              .isLessThanOrEqualTo(1e-14 * Vectors.norm(ref.gradW()));
        }
      }
    });
  }

  @Test
  void theIssuesExampleHasTheAngleLossAndGradientsOfItsDirection() {
    Teacher t = new Teacher(new double[] {0.7, 1.2}, new double[] {0.6, 0.8});
    double[] v = {1, -0.5};
    PopulationPoint one = PopulationPoint.evaluate(v, new double[] {1, 0}, t, ecg);
    for (double c : new double[] {1e200, 1e-200}) {
      PopulationPoint p = PopulationPoint.evaluate(v, new double[] {c, 0}, t, ecg);
      assertThat(p.theta()).isEqualTo(one.theta()).isCloseTo(Math.acos(0.6), within(1e-15));
      assertThat(p.loss()).isEqualTo(one.loss());
      assertThat(p.gradW()[1]).isCloseTo(one.gradW()[1] / c, withinPercentage(1e-12));
    }
    // ‖w‖ = 1e-320: ∂f/∂w ≈ 1.6e318 lies beyond the double range, and says so by overflowing (the command reports it).
    assertThat(PopulationPoint.evaluate(v, new double[] {1e-320, 0}, t, ecg).gradW()[1]).isInfinite();
  }

  /** A check of one seeded point k and its evaluation ref. */
  private interface PointCheck {
    void at(int k, Teacher t, double[] v, double[] w, PopulationPoint ref);
  }

  /** Runs check on POINTS random points (teacher 3×4, v and w ~ N(0, I)) drawn from new Rng(2019).split(split). */
  private void forEachPoint(long split, PointCheck check) {
    Rng rng = new Rng(2019).split(split);
    for (int k = 0; k < POINTS; k++) {
      Teacher t = RandomPoints.teacher(rng, 3, 4);
      double[] v = RandomPoints.gaussian(rng, 3, 1);
      double[] w = RandomPoints.gaussian(rng, 4, 1);
      check.at(k, t, v, w, PopulationPoint.evaluate(v, w, t, ecg));
    }
  }

  /** The size of the terms f sums, for its rounding. */
  private static double scaleOfLoss(double[] v, Teacher t) {
    double a = Vectors.norm(v) + Math.abs(Vectors.sum(v));
    double b = Vectors.norm(t.vStar()) + Math.abs(Vectors.sum(t.vStar()));
    return (a + b) * (a + b);
  }
}
