package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;

/**
 * Configuration of experiment (d), the paper's Figure 1: the empirical loss after one step of Algorithm 1 along the
 * negative empirical coarse gradient, as a function of the step size η, for several sample sizes N. The paper does
 * not state m, n or the STE; they are parameters here.
 *
 * @param m patches
 * @param n patch dimension
 * @param ste the STE of the coarse gradient
 * @param sampleSizes the values of N (one curve each)
 * @param maxStep the largest η
 * @param steps the number of η values, evenly spaced in [0, maxStep]
 * @param seed the root seed (one teacher and one point (v, w) for all N; the samples of each N drawn independently)
 */
public record OneStepLossConfig(
    int m, int n, SteVariant ste, int[] sampleSizes, double maxStep, int steps, long seed) {

  public OneStepLossConfig {
    if (m < 1 || n < 2 || sampleSizes.length == 0 || !(maxStep > 0) || steps < 2) {
      throw new IllegalArgumentException("figure1: need m >= 1, n >= 2, some sample sizes, maxStep > 0, steps >= 2");
    }
    for (int s : sampleSizes) {
      if (s < 1) {
        throw new IllegalArgumentException("figure1: sample sizes must be positive, got " + s);
      }
    }
    sampleSizes = sampleSizes.clone();
  }

  public static OneStepLossConfig quick(long seed) {
    return new OneStepLossConfig(10, 20, SteVariant.RELU, new int[] {10, 50, 1000}, 0.5, 401, seed);
  }

  public static OneStepLossConfig full(long seed) {
    return new OneStepLossConfig(10, 20, SteVariant.RELU, new int[] {10, 50, 1000}, 0.5, 2001, seed);
  }
}
