package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.random.Rng;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExactGradientTest {

  static double[] input(Rng rng, int d) {
    double[] x = new double[d];
    for (int i = 0; i < d; i++) {
      x[i] = rng.nextGaussian();
    }
    return x;
  }

  @Test
  void probabilitiesOfAllStatesSumToOne() {
    for (Noise noise : List.of(Noise.logistic(), Noise.uniform(), new Noise(NoiseKind.LOGISTIC, 0.3))) {
      Rng rng = new Rng(1);
      Sbn net = Sbn.random(new int[] {3, 2, 2, 2}, noise, noise, 1.5, rng);
      double[] total = new double[1];
      StateEnumeration.visitAll(net, input(rng, 3), 1, (s, p) -> total[0] += p);
      assertThat(total[0]).as("noise %s", noise).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }
  }

  @Test
  void expectedLossMatchesBruteForce() {
    Rng rng = new Rng(2);
    Sbn net = Sbn.random(new int[] {4, 3, 3, 3}, Noise.logistic(), null, 2.0, rng);
    double[] x = input(rng, 4);
    double exact = ExactGradient.of(net, x, 2).expectedLoss();
    assertThat(exact).isCloseTo(BruteForce.expectedLossAndSt(net, x, 2)[0], org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void aTreeSplitIntoParallelPartsGivesTheBruteForceResult() {
    // 13 hidden units: the first 4 variables are fixed per part (16 parts), unlike the small cases above.
    Rng rng = new Rng(8);
    for (Noise noise : List.of(Noise.logistic(), Noise.uniform())) {
      Sbn net = Sbn.random(new int[] {3, 7, 6, 3}, noise, null, 1.5, rng);
      assertThat(new StateOrder(net).splitBits()).isEqualTo(4);
      double[] x = input(rng, 3);
      double[] brute = BruteForce.expectedLossAndSt(net, x, 2);
      assertThat(ExactGradient.of(net, x, 2).expectedLoss()).isCloseTo(brute[0],
          org.assertj.core.data.Offset.offset(1e-12));
      double[] st = ExactMoments.of(net, new StraightThrough(), List.of(x), new int[] {2}, 0, rng).mean().flatten();
      assertThat(BruteForce.maxAbsDiff(st, Arrays.copyOfRange(brute, 1, brute.length))).isLessThan(1e-12);
      double[] g = ExactGradient.of(net, x, 2).gradient().flatten();
      double[] reinforce = ExactMoments.of(net, new Reinforce(false), List.of(x), new int[] {2}, 0, rng).mean()
          .flatten();
      assertThat(BruteForce.maxAbsDiff(g, reinforce)).isLessThan(1e-12);
      double[] fd = BruteForce.finiteDifferenceGradient(net, x, 2, 1e-6);
      assertThat(BruteForce.maxAbsDiff(g, fd)).isLessThan(1e-7 * Math.max(1.0, BruteForce.maxAbs(fd)));
    }
  }

  @Test
  void gradientMatchesFiniteDifferencesOfExpectedLoss() {
    record Case(String name, int[] widths, Noise noise, Noise weightNoise) {}
    List<Case> cases = List.of(
        new Case("logistic, real weights, 2 hidden layers", new int[] {3, 3, 2, 3}, Noise.logistic(), null),
        new Case("logistic scale 0.5, real weights", new int[] {2, 4, 2}, new Noise(NoiseKind.LOGISTIC, 0.5), null),
        new Case("uniform, real weights", new int[] {3, 3, 2, 2}, Noise.uniform(), null),
        new Case("logistic, Bernoulli weights", new int[] {2, 2, 2}, Noise.logistic(), Noise.logistic()));
    Rng rng = new Rng(3);
    for (Case c : cases) {
      Sbn net = Sbn.random(c.widths(), c.noise(), c.weightNoise(), 1.5, rng);
      double[] x = input(rng, c.widths()[0]);
      double[] exact = ExactGradient.of(net, x, 1).gradient().flatten();
      double[] fd = BruteForce.finiteDifferenceGradient(net, x, 1, 1e-6);
      // Central differences with step 1e-6 are accurate to ~1e-9 here (smooth in every parameter away from the
      // uniform noise's kinks, which random Gaussian parameters avoid).
      assertThat(BruteForce.maxAbsDiff(exact, fd)).as(c.name())
          .isLessThan(1e-7 * Math.max(1.0, BruteForce.maxAbs(fd)));
      assertThat(BruteForce.maxAbs(exact)).as(c.name() + " is not trivially zero").isGreaterThan(1e-3);
    }
  }

  @Test
  void exactGradientIsTheExpectationOfReinforceWithAndWithoutBaseline() {
    Rng rng = new Rng(4);
    for (Noise wn : Arrays.asList(null, Noise.logistic())) {
      // With Bernoulli weights every weight is a binary variable too: 3-2-3 has 12 + 2 = 14 of them.
      int[] widths = wn == null ? new int[] {3, 3, 2, 3} : new int[] {3, 2, 3};
      Sbn net = Sbn.random(widths, Noise.logistic(), wn, 1.5, rng);
      List<double[]> xs = List.of(input(rng, 3), input(rng, 3));
      int[] ys = {0, 2};
      double[] g = ExactGradient.of(net, xs, ys).gradient().flatten();
      for (Estimator est : List.of(new Reinforce(true), new Reinforce(false))) {
        double[] e = ExactMoments.of(net, est, xs, ys, 0, rng).mean().flatten();
        assertThat(BruteForce.maxAbsDiff(g, e)).as("%s, weights %s", est, wn).isLessThan(1e-12);
      }
    }
  }

  @Test
  void resultIsBitwiseTheSameForAnyThreadCount() {
    Rng rng = new Rng(5);
    Sbn net = Sbn.random(new int[] {4, 6, 6, 3}, Noise.logistic(), null, 1.5, rng);
    List<double[]> xs = List.of(input(rng, 4), input(rng, 4), input(rng, 4));
    int[] ys = {0, 1, 2};
    int keep = Parallel.threads();
    try {
      Parallel.setThreads(1);
      ExactGradient.Result one = ExactGradient.of(net, xs, ys);
      double[] st1 = ExactMoments.of(net, new StraightThrough(), xs, ys, 0, rng).mean().flatten();
      Parallel.setThreads(3);
      ExactGradient.Result three = ExactGradient.of(net, xs, ys);
      double[] st3 = ExactMoments.of(net, new StraightThrough(), xs, ys, 0, rng).mean().flatten();
      assertThat(three.expectedLoss()).isEqualTo(one.expectedLoss());
      assertThat(three.gradient().flatten()).containsExactly(one.gradient().flatten());
      assertThat(st3).containsExactly(st1);
    } finally {
      Parallel.setThreads(keep);
    }
  }

  @Test
  void aMillionStatesAreEnumeratedExactly() {
    // 20 hidden units, 2^20 states: the size the documentation calls interactive.
    Rng rng = new Rng(9);
    Sbn net = Sbn.random(new int[] {4, 10, 10, 3}, Noise.logistic(), null, 1.5, rng);
    double[] x = input(rng, 4);
    double[] sums = new double[2];
    StateEnumeration.visitAll(net, x, 1, (s, p) -> {
      sums[0] += p;
      sums[1] += p * s.loss();
    });
    assertThat(sums[0]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-10));
    assertThat(ExactGradient.of(net, x, 1).expectedLoss()).isCloseTo(sums[1],
        org.assertj.core.data.Offset.offset(1e-10 * sums[1]));
  }

  @Test
  void tooManyBinaryVariablesIsRefusedWithTheCount() {
    Sbn net = Sbn.random(new int[] {2, 30, 20, 2}, Noise.logistic(), null, 1.0, new Rng(6));
    assertThatThrownBy(() -> ExactGradient.of(net, new double[] {0, 0}, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("50 binary variables");
  }

  @Test
  void wrongInputLengthAndLabelAreNamed() {
    Sbn net = Sbn.random(new int[] {2, 2, 2}, Noise.logistic(), null, 1.0, new Rng(7));
    assertThatThrownBy(() -> ExactGradient.of(net, new double[3], 0)).hasMessageContaining("3 values");
    assertThatThrownBy(() -> ExactGradient.of(net, new double[2], 2)).hasMessageContaining("label 2");
  }
}
