package dev.ste4j.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/**
 * The two routes to the empirical coarse gradient agree: Eq. 5 written out ({@link EmpiricalLoss}, double) and the
 * engine's autograd through a straight-through Heaviside op ({@link EngineCoarseGradient}, float32). Inputs are
 * rounded to float first, so both routes see the same numbers; the tolerance is float rounding of the sums.
 */
class EngineCoarseGradientTest {

  private static double[] floats(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = (float) x[i];
    }
    return y;
  }

  @Test
  void autogradThroughTheStraightThroughOpEqualsEquation5() {
    Rng rng = new Rng(505);
    for (int trial = 0; trial < 12; trial++) {
      int m = 1 + rng.nextInt(6);
      int n = 2 + rng.nextInt(8);
      int count = 1 + rng.nextInt(200);
      Teacher t = new Teacher(floats(RandomPoints.gaussian(rng, m, 1)), floats(RandomPoints.gaussian(rng, n, 1)));
      double[] v = floats(RandomPoints.gaussian(rng, m, 1));
      // Small filters put many pre-activations inside the clipped ReLU's window (0, 1).
      double[] w = floats(RandomPoints.gaussian(rng, n, trial % 2 == 0 ? 0.3 : 1.5));
      double[][][] z = EmpiricalLoss.gaussianSamples(rng, count, m, n);
      for (double[][] s : z) {
        for (double[] row : s) {
          System.arraycopy(floats(row), 0, row, 0, n);
        }
      }
      EmpiricalPoint eq5 = EmpiricalLoss.evaluate(v, w, t, z);
      for (SteVariant ste : SteVariant.values()) {
        EmpiricalPoint engine = EngineCoarseGradient.evaluate(v, w, t, z, ste);
        double scale = 1 + RandomPoints.maxAbs(eq5.coarse(ste));
        assertThat(engine.loss()).as("loss").isCloseTo(eq5.loss(), within(1e-5 * (1 + eq5.loss())));
        double[] gv = engine.gradV();
        for (int i = 0; i < m; i++) {
          assertThat(gv[i]).as("%s dL/dv[%d]", ste, i).isCloseTo(eq5.gradV()[i], within(1e-5 * scale));
        }
        double[] gw = engine.coarse(ste);
        double[] expected = eq5.coarse(ste);
        for (int j = 0; j < n; j++) {
          assertThat(gw[j]).as("%s coarse[%d], trial %d", ste, j, trial).isCloseTo(expected[j], within(1e-5 * scale));
        }
      }
    }
  }
}
