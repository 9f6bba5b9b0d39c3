package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.tensor.random.Rng;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The exact expectation of the {@link StraightThrough} estimator on one example, exact for any noise scale s.
 *
 * <p>ST's backward factor 2F′(a) = 2F₀′(a/s)/s is about 1/s near a = 0: with a tiny (even subnormal) s it overflows,
 * and 0·∞ or ∞ − ∞ would give NaN. The expectation is therefore taken with the factors per unit of scale,
 * 2F₀′(a/s) ({@link Noise#scaledStFactor}), and then divided by s once for every factor a parameter's gradient holds:
 * layer l of L has one for each hidden layer from l to L − 1 (and Bernoulli weights one more, by the weight noise's
 * scale). The result equals {@code ExactMoments.of(net, new StraightThrough(), …).mean()} up to rounding, and is ±∞
 * only where the true value lies beyond the double range.
 */
public final class ExactStraightThrough {

  private ExactStraightThrough() {}

  /** E[ĝ_ST] on (x, label), by enumerating every state. */
  public static Gradient expectation(Sbn net, double[] x, int label) {
    Gradient mean = ExactMoments.of(net, new PerUnitScale(), List.of(x), new int[] {label}, 0, new Rng(0)).mean();
    int last = net.layers() - 1;
    double s = net.noise().scale();
    for (int l = 0; l <= last; l++) {
      for (int k = l; k < last; k++) {
        divide(mean.biases(l), s);
        divide(mean.weights(l), s);
      }
      if (net.hasStochasticWeights()) {
        divide(mean.weights(l), net.weightNoise().scale());
      }
    }
    return mean;
  }

  private static void divide(double[] x, double s) {
    for (int i = 0; i < x.length; i++) {
      x[i] /= s;
    }
  }

  /** ST with the factors 2F₀′(a/s) in place of 2F′(a). */
  private static final class PerUnitScale extends SampledStateSte {
    PerUnitScale() {
      super("st (per unit of noise scale)");
    }

    @Override
    DoubleUnaryOperator unitFactor(Sbn net) {
      return a -> net.noise().scaledStFactor(a);
    }

    @Override
    DoubleUnaryOperator weightFactor(Sbn net) {
      return eta -> net.weightNoise().scaledStFactor(eta);
    }
  }
}
