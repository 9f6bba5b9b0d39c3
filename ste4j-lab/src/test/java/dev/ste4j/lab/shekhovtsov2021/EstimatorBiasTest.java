package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.random.Rng;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact bias of the estimators, from the exact expectation over all states (no sampling). */
class EstimatorBiasTest {

  static double relativeBias(Sbn net, Estimator est, List<double[]> xs, int[] ys) {
    double[] g = ExactGradient.of(net, xs, ys).gradient().flatten();
    double[] e = ExactMoments.of(net, est, xs, ys, 0, new Rng(0)).mean().flatten();
    return BruteForce.maxAbsDiff(g, e) / BruteForce.maxAbs(g);
  }

  static List<double[]> inputs(Rng rng, int n, int d, double scale) {
    List<double[]> xs = new java.util.ArrayList<>();
    for (int e = 0; e < n; e++) {
      double[] x = ExactGradientTest.input(rng, d);
      for (int i = 0; i < d; i++) {
        x[i] *= scale;
      }
      xs.add(x);
    }
    return xs;
  }

  @Test
  void stIsExactlyUnbiasedWithOneHiddenLayerAndALossAffineInTheLogits() {
    // ℓ = −o_y is affine in every hidden unit: ST's linearisation f(+1) − f(−1) = 2∂f/∂x is exact.
    Rng rng = new Rng(10);
    for (Noise noise : List.of(Noise.logistic(), new Noise(NoiseKind.LOGISTIC, 0.4), Noise.uniform())) {
      Sbn net = Sbn.random(new int[] {3, 5, 3}, noise, null, 1.0, rng).withLoss(new NegativeLogit());
      assertThat(relativeBias(net, new StraightThrough(), inputs(rng, 3, 3, 0.5), new int[] {0, 1, 2}))
          .as("noise %s", noise).isLessThan(1e-13);
    }
  }

  @Test
  void stIsExactlyUnbiasedInDeepNetworksWhenUniformNoiseKeepsEveryUnitLinear() {
    // With uniform noise and |a| < 1 at every state, E[x | a] = a is linear, so the expected loss is affine in each
    // unit of every layer, and ST's factor 1{|a| ≤ 1} is the exact derivative.
    Rng rng = new Rng(11);
    Sbn net = Sbn.random(new int[] {3, 4, 3, 3}, Noise.uniform(), null, 0.2, rng).withLoss(new NegativeLogit());
    List<double[]> xs = inputs(rng, 2, 3, 0.5);
    double[] maxA = new double[1];
    for (int e = 0; e < xs.size(); e++) {
      StateEnumeration.visitAll(net, xs.get(e), 0, (s, p) -> {
        for (int l = 0; l < net.layers() - 1; l++) {
          for (double a : s.preActivations(l)) {
            maxA[0] = Math.max(maxA[0], Math.abs(a));
          }
        }
      });
    }
    assertThat(maxA[0]).as("the premise: every |a| < 1").isLessThan(1.0);
    assertThat(relativeBias(net, new StraightThrough(), xs, new int[] {0, 2})).isLessThan(1e-13);
  }

  @Test
  void stIsBiasedWhenTheLossIsNotAffineInTheUnits() {
    Rng rng = new Rng(12);
    Sbn net = Sbn.random(new int[] {3, 4, 3, 3}, Noise.logistic(), null, 2.0, rng);
    assertThat(relativeBias(net, new StraightThrough(), inputs(rng, 3, 3, 1.0), new int[] {0, 1, 2}))
        .isGreaterThan(1e-3);
    Sbn deepLinear = Sbn.random(new int[] {3, 4, 3, 3}, Noise.logistic(), null, 2.0, rng)
        .withLoss(new NegativeLogit());
    // Affine in the last hidden layer only: the first layer sees E[x|a] = tanh(a/2), which is not linear.
    assertThat(relativeBias(deepLinear, new StraightThrough(), inputs(rng, 3, 3, 1.0), new int[] {0, 1, 2}))
        .isGreaterThan(1e-3);
  }

  @Test
  void hardStEqualsStForUniformNoiseAndDiffersForLogistic() {
    Rng rng = new Rng(13);
    List<double[]> xs = inputs(rng, 2, 3, 1.0);
    int[] ys = {1, 0};
    Sbn uniform = Sbn.random(new int[] {3, 4, 3, 2}, Noise.uniform(), null, 1.5, rng);
    assertThat(ExactMoments.of(uniform, new HardStraightThrough(), xs, ys, 0, rng).mean().flatten())
        .containsExactly(ExactMoments.of(uniform, new StraightThrough(), xs, ys, 0, rng).mean().flatten());
    Sbn logistic = Sbn.random(new int[] {3, 4, 3, 2}, Noise.logistic(), null, 1.5, rng);
    double[] hard = ExactMoments.of(logistic, new HardStraightThrough(), xs, ys, 0, rng).mean().flatten();
    double[] st = ExactMoments.of(logistic, new StraightThrough(), xs, ys, 0, rng).mean().flatten();
    assertThat(BruteForce.maxAbsDiff(hard, st)).isGreaterThan(1e-3);
  }

  @Test
  void deterministicStesHaveZeroVarianceAndAreBiased() {
    Rng rng = new Rng(14);
    Sbn net = Sbn.random(new int[] {3, 4, 3}, Noise.logistic(), null, 1.5, rng);
    List<double[]> xs = inputs(rng, 2, 3, 1.0);
    int[] ys = {0, 2};
    for (Estimator est : List.of(new DeterministicSte(false), new DeterministicSte(true))) {
      ExactMoments.Moments m = ExactMoments.of(net, est, xs, ys, 0, rng);
      assertThat(BruteForce.maxAbs(m.variance().flatten())).isZero();
      assertThat(relativeBias(net, est, xs, ys)).as(est.name()).isGreaterThan(1e-2);
    }
  }

  @Test
  void stExpectationMatchesTheIndependentBruteForce() {
    Rng rng = new Rng(15);
    for (Noise noise : List.of(Noise.logistic(), Noise.uniform())) {
      Sbn net = Sbn.random(new int[] {3, 3, 3, 2}, noise, null, 1.5, rng);
      double[] x = ExactGradientTest.input(rng, 3);
      double[] brute = BruteForce.expectedLossAndSt(net, x, 1);
      double[] st = ExactMoments.of(net, new StraightThrough(), List.of(x), new int[] {1}, 0, rng).mean().flatten();
      assertThat(BruteForce.maxAbsDiff(st, java.util.Arrays.copyOfRange(brute, 1, brute.length)))
          .isLessThan(1e-13 * Math.max(1, BruteForce.maxAbs(st)));
    }
  }
}
