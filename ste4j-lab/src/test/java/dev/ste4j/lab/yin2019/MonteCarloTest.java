package dev.ste4j.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/**
 * Each closed form against a plain Monte Carlo estimate at random points: the sample mean of ℓ, ∂ℓ/∂v and the Eq. 5
 * coarse gradients over N Gaussian inputs must lie within 5 standard errors of the closed form (seeded, so the
 * outcome is fixed; 5 SE over ~130 comparisons keeps a correct formula from failing by chance).
 */
class MonteCarloTest {

  private static final int N = 200_000;
  private final ExpectedCoarseGradient ecg = new ExpectedCoarseGradient();

  @Test
  void closedFormsAgreeWithMonteCarloAtRandomPoints() {
    Rng rng = new Rng(20190301);
    int m = 4;
    int n = 5;
    Teacher t = RandomPoints.teacher(rng, m, n);
    double[] scales = {0.4, 1.0, 2.5};
    for (double scale : scales) {
      double[] v = RandomPoints.gaussian(rng, m, 1);
      double[] w = RandomPoints.gaussian(rng, n, scale / Math.sqrt(n));
      checkPoint(rng.split((long) (scale * 10)), t, v, w);
    }
  }

  @Test
  void nearTheSpuriousAngleAndAtZeroFilter() {
    Rng rng = new Rng(7);
    Teacher t = RandomPoints.teacher(rng, 3, 4);
    double[] v = RandomPoints.gaussian(rng, 3, 1);
    double[] near = Vectors.combine(-0.8, t.unitWStar(), 0.1, Vectors.unit(RandomPoints.gaussian(rng, 4, 1)));
    checkPoint(rng.split(1), t, v, near);
    checkPoint(rng.split(2), t, v, new double[4]);
    checkPoint(rng.split(3), t, v, Vectors.combine(0.7, t.unitWStar(), 0.05, RandomPoints.gaussian(rng, 4, 1)));
  }

  private void checkPoint(Rng rng, Teacher t, double[] v, double[] w) {
    int m = t.m();
    int n = t.n();
    double[] vs = t.vStar();
    double[] ws = t.wStar();
    SteVariant[] stes = SteVariant.values();
    // Running sums of each quantity and of its square, for the mean and the standard error.
    int dims = 1 + m + 3 * n;
    double[] sum = new double[dims];
    double[] sumSq = new double[dims];
    double[] z = new double[m * n];
    double[] x = new double[dims];
    for (int k = 0; k < N; k++) {
      for (int j = 0; j < z.length; j++) {
        z[j] = rng.nextGaussian();
      }
      double y = 0;
      double ys = 0;
      double[] pre = new double[m];
      for (int i = 0; i < m; i++) {
        double a = 0;
        double b = 0;
        for (int j = 0; j < n; j++) {
          a += z[i * n + j] * w[j];
          b += z[i * n + j] * ws[j];
        }
        pre[i] = a;
        y += a > 0 ? v[i] : 0;
        ys += b > 0 ? vs[i] : 0;
      }
      double r = y - ys;
      java.util.Arrays.fill(x, 0);
      x[0] = 0.5 * r * r;
      for (int i = 0; i < m; i++) {
        x[1 + i] = pre[i] > 0 ? r : 0;
      }
      for (int e = 0; e < 3; e++) {
        for (int i = 0; i < m; i++) {
          double c = YinSte.pseudoDerivative(stes[e], pre[i]) * v[i] * r;
          for (int j = 0; j < n; j++) {
            x[1 + m + e * n + j] += z[i * n + j] * c;
          }
        }
      }
      for (int d = 0; d < dims; d++) {
        sum[d] += x[d];
        sumSq[d] += x[d] * x[d];
      }
    }
    PopulationPoint p = PopulationPoint.evaluate(v, w, t, ecg);
    double[] expected = new double[dims];
    expected[0] = p.loss();
    System.arraycopy(p.gradV(), 0, expected, 1, m);
    for (int e = 0; e < 3; e++) {
      System.arraycopy(p.coarse(stes[e]), 0, expected, 1 + m + e * n, n);
    }
    for (int d = 0; d < dims; d++) {
      double mean = sum[d] / N;
      double var = Math.max(0, sumSq[d] / N - mean * mean);
      double se = Math.sqrt(var / N);
      assertThat(Math.abs(mean - expected[d]))
          .as("component %d at theta %.4f, |w| %.3f: MC %.6g vs closed form %.6g (SE %.2g)", d, p.theta(),
              Vectors.norm(w), mean, expected[d], se)
          .isLessThanOrEqualTo(5 * se + 1e-12);
    }
  }
}
