package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.random.Rng;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ARM is unbiased: its exact expectation over the uniforms equals the exact gradient. */
class ArmTest {

  /**
   * E_u[ARM] exactly, for one hidden layer of real weights: in each coordinate u_j the two states are constant on the
   * three intervals cut at F(a_j) and 1 − F(a_j), and ARM is linear in u_j with the factor (u_j − ½) of its own
   * coordinate, so the integral over each box is the box's volume times ARM at the box's midpoint.
   */
  static double[] exactArmExpectation(Sbn net, double[] x, int y) {
    int n = net.out(0);
    Sample det = net.deterministic(x, y);
    double[][] cuts = new double[n][];
    for (int j = 0; j < n; j++) {
      double f = net.noise().cdf(det.a[0][j]);
      cuts[j] = new double[] {0, Math.min(f, 1 - f), Math.max(f, 1 - f), 1};
    }
    Gradient sum = Gradient.zeros(net);
    Gradient g = Gradient.zeros(net);
    int boxes = (int) Math.pow(3, n);
    for (int box = 0; box < boxes; box++) {
      double volume = 1;
      double[][] z = {new double[n]};
      int code = box;
      for (int j = 0; j < n; j++) {
        int k = code % 3;
        code /= 3;
        double lo = cuts[j][k];
        double hi = cuts[j][k + 1];
        volume *= hi - lo;
        z[0][j] = net.noise().scale() * net.noise().kind().inverseCdf((lo + hi) / 2);
      }
      if (volume == 0) {
        continue;
      }
      new Arm().estimate(net, net.forward(x, y, null, z), g);
      sum.addScaled(g, volume);
    }
    return sum.flatten();
  }

  @Test
  void theExactExpectationOfArmEqualsTheExactGradient() {
    Rng rng = new Rng(5);
    for (Noise noise : List.of(Noise.logistic(), new Noise(NoiseKind.LOGISTIC, 0.6), Noise.uniform(),
        new Noise(NoiseKind.UNIFORM, 2.0))) {
      Sbn net = Sbn.random(new int[] {3, 4, 3}, noise, null, 1.5, rng);
      double[] x = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
      double[] exact = ExactGradient.of(net, x, 2).gradient().flatten();
      double[] arm = exactArmExpectation(net, x, 2);
      assertThat(BruteForce.maxAbsDiff(arm, exact)).as(noise.toString())
          .isLessThan(1e-12 * Math.max(1, BruteForce.maxAbs(exact)));
      assertThat(BruteForce.maxAbs(exact)).isGreaterThan(1e-3);
    }
  }

  @Test
  void armIsUnbiasedOnADeepNetworkWithBernoulliWeights() {
    Rng rng = new Rng(8);
    Sbn net = Sbn.random(new int[] {2, 2, 2, 2}, Noise.logistic(), Noise.logistic(), 1.5, rng);
    double[] x = {0.7, -1.1};
    double[] exact = ExactGradient.of(net, x, 1).gradient().flatten();
    int draws = 200_000;
    double[] mean = new double[exact.length];
    double[] sq = new double[exact.length];
    Gradient g = Gradient.zeros(net);
    Rng r = new Rng(9);
    for (int n = 0; n < draws; n++) {
      new Arm().estimate(net, net.sample(x, 1, r), g);
      double[] v = g.flatten();
      for (int k = 0; k < v.length; k++) {
        mean[k] += v[k] / draws;
        sq[k] += v[k] * v[k] / draws;
      }
    }
    for (int k = 0; k < exact.length; k++) {
      double se = Math.sqrt(Math.max(0, sq[k] - mean[k] * mean[k]) / draws);
      assertThat(Math.abs(mean[k] - exact[k])).as("coordinate %d", k).isLessThan(5 * se + 1e-12);
    }
    // Not trivially unbiased: the ST estimator on the same network is biased beyond its own error.
    Gradient st = ExactMoments.of(net, new StraightThrough(), List.of(x), new int[] {1}, 0, r).mean();
    assertThat(BruteForce.maxAbsDiff(st.flatten(), exact)).isGreaterThan(1e-3);
  }
}
