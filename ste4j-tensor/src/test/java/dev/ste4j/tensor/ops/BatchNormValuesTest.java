package dev.ste4j.tensor.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/** Batch normalisation's values and gradients against a plain double-precision reference, training mode. */
class BatchNormValuesTest {

  @Test
  void forwardAndBackwardMatchTheDefinitionOnPlanesOfEverySize() {
    // inner = 1 (the [N, C] path), 3 (shorter than the four running sums), 10 and 64.
    int[][] shapes = {{9, 5}, {4, 3, 1, 3}, {3, 2, 2, 5}, {5, 4, 8, 8}};
    Rng rng = new Rng(23);
    for (int[] dims : shapes) {
      Tensor x = Tensor.randn(rng, 2f, dims).add(Tensor.full(0.5f)).detach().requiresGrad(true);
      int n = dims[0];
      int c = dims[1];
      int inner = dims.length == 4 ? dims[2] * dims[3] : 1;
      Tensor gamma = Tensor.rand(rng, 0.5f, 1.5f, c).requiresGrad(true);
      Tensor beta = Tensor.randn(rng, 1f, c).requiresGrad(true);
      Tensor g = Tensor.randn(rng, 1f, dims);
      float[] runningMean = new float[c];
      float[] runningVar = new float[c];
      java.util.Arrays.fill(runningVar, 1f);
      Tensor y = Norm.batchNorm(x, gamma, beta, runningMean, runningVar, true, 0.1f, 1e-5f);
      y.backward(g);

      float[] xd = x.data();
      float[] gd = g.data();
      int m = n * inner;
      for (int ch = 0; ch < c; ch++) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < inner; j++) {
            mean += xd[(i * c + ch) * inner + j];
          }
        }
        mean /= m;
        double ss = 0;
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < inner; j++) {
            double d = xd[(i * c + ch) * inner + j] - mean;
            ss += d * d;
          }
        }
        double invStd = 1 / Math.sqrt(ss / m + 1e-5);
        double gam = gamma.data()[ch];
        double sumG = 0;
        double sumGh = 0;
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < inner; j++) {
            int e = (i * c + ch) * inner + j;
            double h = (xd[e] - mean) * invStd;
            assertThat((double) y.data()[e]).as("y %s at %d", java.util.Arrays.toString(dims), e)
                .isCloseTo(gam * h + beta.data()[ch], within(1e-5));
            sumG += gd[e];
            sumGh += gd[e] * h;
          }
        }
        assertThat((double) gamma.grad().data()[ch]).isCloseTo(sumGh, within(1e-4));
        assertThat((double) beta.grad().data()[ch]).isCloseTo(sumG, within(1e-4));
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < inner; j++) {
            int e = (i * c + ch) * inner + j;
            double h = (xd[e] - mean) * invStd;
            double want = gam * invStd * (gd[e] - sumG / m - h * sumGh / m);
            assertThat((double) x.grad().data()[e]).as("dx %s at %d", java.util.Arrays.toString(dims), e)
                .isCloseTo(want, within(1e-4));
          }
        }
        assertThat((double) runningMean[ch]).isCloseTo(0.1 * mean, within(1e-6));
        assertThat((double) runningVar[ch]).isCloseTo(0.9 + 0.1 * ss / (m - 1), within(1e-5));
      }
    }
  }
}
