package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.tensor.random.Rng;
import java.util.List;

/**
 * Where the ST estimator is exact: on one hidden layer, with the affine loss −o_y ({@link NegativeLogit}) the loss
 * is affine in every unit, so E[ĝ_ST] = ∇E[ℓ] to rounding; with cross-entropy on the same network it is not, and ST
 * is biased. Both relative errors ‖E ĝ_ST − g‖/‖g‖ are exact (enumeration). Real weights: a Bernoulli weight of the
 * hidden layer acts through F(a), which is not affine, so there ST is biased even for the affine loss.
 *
 * @param affineError worst relative error over the trials with the affine loss
 * @param crossEntropyError smallest relative error over the same networks with cross-entropy
 */
public record StExactness(double affineError, double crossEntropyError, int trials) {

  /**
   * {@code trials} random SBNs [3, 4, 3] with real weights and logistic noise, of scale 1 in the even trials and 0.5
   * in the odd (uniform noise can leave every unit deterministic, where ST and the gradient agree trivially).
   */
  public static StExactness measure(int trials, long seed) {
    Rng rng = new Rng(seed);
    double affine = 0;
    double ce = Double.POSITIVE_INFINITY;
    for (int t = 0; t < trials; t++) {
      Noise noise = new Noise(NoiseKind.LOGISTIC, t % 2 == 1 ? 0.5 : 1.0);
      Sbn net = Sbn.random(new int[] {3, 4, 3}, noise, null, 1.5, rng.split(t));
      double[] x = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
      affine = Math.max(affine, relativeError(net.withLoss(new NegativeLogit()), x, t % 3));
      ce = Math.min(ce, relativeError(net, x, t % 3));
    }
    return new StExactness(affine, ce, trials);
  }

  static double relativeError(Sbn net, double[] x, int label) {
    double[] g = ExactGradient.of(net, x, label).gradient().flatten();
    double[] st = ExactMoments.of(net, new StraightThrough(), List.of(x), new int[] {label}, 0, new Rng(0)).mean()
        .flatten();
    double d = 0;
    double n = 0;
    for (int k = 0; k < g.length; k++) {
      d += (st[k] - g[k]) * (st[k] - g[k]);
      n += g[k] * g[k];
    }
    return Math.sqrt(d / n);
  }
}
