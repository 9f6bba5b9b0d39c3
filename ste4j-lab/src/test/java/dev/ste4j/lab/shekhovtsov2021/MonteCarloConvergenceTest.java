package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.random.Rng;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Monte Carlo mean of each estimator converges to its exact expectation. Tolerances come from the estimator's
 * exact variance: each coordinate of an N-sample mean must lie within 5 standard errors, 5·sqrt(Var/N), of the
 * exact expectation (a false alarm has probability below 6e-7 per coordinate; the seeds are fixed).
 */
class MonteCarloConvergenceTest {

  static double[] monteCarloMean(Sbn net, Estimator est, double[] x, int y, int n, Rng rng) {
    Gradient sum = Gradient.zeros(net);
    Gradient g = Gradient.zeros(net);
    for (int i = 0; i < n; i++) {
      est.estimate(net, net.sample(x, y, rng), g);
      sum.addScaled(g, 1.0 / n);
    }
    return sum.flatten();
  }

  static void assertWithinStandardErrors(double[] mc, double[] exact, double[] var, int n, double extra, String what) {
    int checked = 0;
    for (int k = 0; k < mc.length; k++) {
      double tol = 5 * Math.sqrt(var[k] / n) + extra + 1e-12;
      assertThat(Math.abs(mc[k] - exact[k])).as("%s, coordinate %d (exact %s, var %s)", what, k, exact[k], var[k])
          .isLessThanOrEqualTo(tol);
      checked += var[k] > 0 ? 1 : 0;
    }
    assertThat(checked).as(what + ": some coordinates are random").isPositive();
  }

  @Test
  void everyEnumerableEstimatorConvergesToItsExactExpectation() {
    Rng rng = new Rng(20);
    for (Noise wn : java.util.Arrays.asList(null, Noise.logistic())) {
      int[] widths = wn == null ? new int[] {3, 4, 3, 3} : new int[] {2, 2, 2};
      Sbn net = Sbn.random(widths, Noise.logistic(), wn, 1.5, rng);
      double[] x = ExactGradientTest.input(rng, widths[0]);
      List<Estimator> ests = List.of(new StraightThrough(), new HardStraightThrough(), new Reinforce(true),
          new Reinforce(false));
      for (Estimator est : ests) {
        ExactMoments.Moments m = ExactMoments.of(net, est, List.of(x), new int[] {2 % widths[widths.length - 1]}, 0,
            rng);
        int n = 20_000;
        double[] mc = monteCarloMean(net, est, x, 2 % widths[widths.length - 1], n, rng.split(est.name().length()));
        assertWithinStandardErrors(mc, m.mean().flatten(), m.variance().flatten(), n, 0.0,
            est.name() + " weights " + wn);
      }
    }
  }

  @Test
  void deterministicSteMonteCarloMeanIsItsValue() {
    Rng rng = new Rng(21);
    Sbn net = Sbn.random(new int[] {3, 4, 3}, Noise.logistic(), null, 1.5, rng);
    double[] x = ExactGradientTest.input(rng, 3);
    Estimator est = new DeterministicSte(true);
    double[] exact = ExactMoments.of(net, est, List.of(x), new int[] {1}, 0, rng).mean().flatten();
    // Every draw gives the same value; only the rounding of the running mean remains.
    assertThat(BruteForce.maxAbsDiff(monteCarloMean(net, est, x, 1, 50, rng), exact)).isLessThan(1e-13);
  }

  @Test
  void concreteMonteCarloMeanConvergesToItsExpectationByQuadrature() {
    // Independent expectation of the relaxed estimator: midpoint rule over the noise's quantiles u ∈ (0,1)² of the
    // two hidden units, at q and 2q points per axis; their difference bounds the quadrature error.
    Rng rng = new Rng(22);
    Sbn net = Sbn.random(new int[] {2, 2, 2}, Noise.logistic(), null, 1.5, rng);
    double[] x = ExactGradientTest.input(rng, 2);
    Estimator est = new Concrete(0.5);
    double[] coarse = quadrature(net, est, x, 200);
    double[] fine = quadrature(net, est, x, 400);
    double quadError = BruteForce.maxAbsDiff(coarse, fine);
    assertThat(quadError).isLessThan(1e-3);
    int n = 40_000;
    double[] mc = monteCarloMean(net, est, x, 1, n, rng.split(1));
    double[] var = monteCarloVariance(net, est, x, 1, 5000, rng.split(2));
    assertWithinStandardErrors(mc, fine, var, n, quadError, "concrete");
  }

  static double[] quadrature(Sbn net, Estimator est, double[] x, int q) {
    Gradient sum = Gradient.zeros(net);
    Gradient g = Gradient.zeros(net);
    for (int i = 0; i < q; i++) {
      for (int j = 0; j < q; j++) {
        double[][] z = {{net.noise().kind().inverseCdf((i + 0.5) / q), net.noise().kind().inverseCdf((j + 0.5) / q)}};
        est.estimate(net, net.forward(x, 1, null, z), g);
        sum.addScaled(g, 1.0 / ((double) q * q));
      }
    }
    return sum.flatten();
  }

  static double[] monteCarloVariance(Sbn net, Estimator est, double[] x, int y, int n, Rng rng) {
    Gradient m = Gradient.zeros(net);
    Gradient sq = Gradient.zeros(net);
    Gradient g = Gradient.zeros(net);
    for (int i = 0; i < n; i++) {
      est.estimate(net, net.sample(x, y, rng), g);
      m.addScaled(g, 1.0 / n);
      sq.addSquaresScaled(g, 1.0 / n);
    }
    sq.addSquaresScaled(m, -1.0);
    return sq.flatten();
  }
}
