package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/** The binary SBN's training step is the ST estimator of {@link Sbn} on the same sampled state. */
class BinarySbnTest {

  @Test
  void stepMovesLatentWeightsByTheStGradientOfTheSampledNetwork() {
    int[] widths = {5, 4, 3, 3};
    double gain = 2.0;
    BinarySbn bin = new BinarySbn(widths, LatentRule.MIRROR_DESCENT, 0.3, gain, new Rng(1));
    Rng data = new Rng(2);
    double[] x = ExactGradientTest.input(data, 5);
    for (int l = 0; l < bin.layers(); l++) {
      for (int j = 0; j < bin.bias[l].length; j++) {
        bin.bias[l][j] = 0.2 * data.nextGaussian();
      }
    }
    double[][] eta0 = new double[bin.layers()][];
    double[][] bias0 = new double[bin.layers()][];
    for (int l = 0; l < bin.layers(); l++) {
      eta0[l] = bin.eta[l].clone();
      bias0[l] = bin.bias[l].clone();
    }
    // Replay the step's random draws: one uniform per weight, then one logistic z per hidden unit.
    Rng replay = new Rng(7);
    double[][] realW = new double[bin.layers()][];
    for (int l = 0; l < bin.layers(); l++) {
      realW[l] = new double[eta0[l].length];
      double c = gain / Math.sqrt(widths[l]);
      for (int k = 0; k < realW[l].length; k++) {
        realW[l][k] = c * (replay.nextDouble() < LatentRule.MIRROR_DESCENT.probability(eta0[l][k]) ? 1 : -1);
      }
    }
    double[][] z = new double[widths.length - 2][];
    for (int l = 0; l < z.length; l++) {
      z[l] = new double[widths[l + 1]];
      for (int j = 0; j < z[l].length; j++) {
        z[l][j] = Noise.logistic().sample(replay);
      }
    }
    double lr = 0.01;
    double biasLr = 0.1;
    bin.step(new double[][] {x}, new int[] {2}, new int[] {0}, 0, 1, new Rng(7), lr, biasLr);

    Sbn real = new Sbn(widths, realW, bias0, Noise.logistic(), null);
    Gradient g = Gradient.zeros(real);
    new StraightThrough().estimate(real, real.forward(x, 2, null, z), g);
    for (int l = 0; l < bin.layers(); l++) {
      double c = gain / Math.sqrt(widths[l]);
      for (int k = 0; k < eta0[l].length; k++) {
        double dLdw = (eta0[l][k] - bin.eta[l][k]) / (2 * lr);
        assertThat(dLdw).as("layer %d weight %d", l, k).isCloseTo(c * g.weights(l)[k],
            org.assertj.core.data.Offset.offset(1e-12));
      }
      for (int j = 0; j < bias0[l].length; j++) {
        assertThat((bias0[l][j] - bin.bias[l][j]) / biasLr).isCloseTo(g.biases(l)[j],
            org.assertj.core.data.Offset.offset(1e-12));
      }
    }
    assertThat(BruteForce.maxAbs(g.flatten())).isGreaterThan(1e-3);
  }
}
