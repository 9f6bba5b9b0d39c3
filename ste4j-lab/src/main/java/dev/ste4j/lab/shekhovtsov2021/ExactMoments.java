package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.random.Rng;
import java.util.List;

/**
 * The expectation and per-coordinate variance of an estimator over the SBN's randomness, for the batch estimator that
 * averages one independent draw per example.
 *
 * <p>{@link Randomness#STATE} estimators are summed exactly over all states, E ĝ = Σ_s P(s)·ĝ(s) and
 * Var ĝ = Σ_s P(s)·ĝ(s)² − (E ĝ)², so their bias is known exactly. {@link Randomness#NONE} estimators have their
 * value as expectation and zero variance. {@link Randomness#NOISE} estimators (relaxations) have no finite state sum;
 * their moments are Monte Carlo estimates from {@code mcSamples} seeded draws per example, flagged by
 * {@code exact = false}. Over a batch of B examples the mean is the average of the per-example means and the variance
 * is Σ_e Var_e / B². Examples and state-tree parts run in parallel and are combined in a fixed order.
 */
public final class ExactMoments {

  /** Mean and variance of the batch estimator; {@code exact} is false for Monte Carlo estimates. */
  public record Moments(Gradient mean, Gradient variance, boolean exact) {}

  private ExactMoments() {}

  public static Moments of(Sbn net, Estimator est, List<double[]> xs, int[] labels, int mcSamples, Rng rng) {
    if (xs.size() != labels.length || xs.isEmpty()) {
      throw new IllegalArgumentException("need the same positive number of inputs and labels, got " + xs.size()
          + " and " + labels.length);
    }
    for (int e = 0; e < labels.length; e++) {
      net.checkExample(xs.get(e), labels[e]);
    }
    int b = labels.length;
    Gradient[] means = new Gradient[b];
    Gradient[] seconds = new Gradient[b];
    switch (est.randomness()) {
      case NONE -> {
        for (int e = 0; e < b; e++) {
          means[e] = Gradient.zeros(net);
          est.estimate(net, net.deterministic(xs.get(e), labels[e]), means[e]);
          seconds[e] = means[e].copy();
          seconds[e].clear();
          seconds[e].addSquaresScaled(means[e], 1.0);
        }
      }
      case STATE -> {
        StateOrder order = new StateOrder(net);
        int parts = 1 << order.splitBits();
        Gradient[] pm = new Gradient[b * parts];
        Gradient[] ps = new Gradient[b * parts];
        EnumerationProgress progress = EnumerationProgress.start("exact " + est.name() + " moments", order.size(), b,
            b * parts);
        Parallel.forRange(b * parts, 1, (from, to) -> {
          for (int t = from; t < to; t++) {
            Gradient m = Gradient.zeros(net);
            Gradient sq = Gradient.zeros(net);
            Gradient g = Gradient.zeros(net);
            StateEnumeration.visitPart(net, order, xs.get(t / parts), labels[t / parts], t % parts, (s, p) -> {
              est.estimate(net, s, g);
              m.addScaled(g, p);
              sq.addSquaresScaled(g, p);
            });
            pm[t] = m;
            ps[t] = sq;
            progress.partDone();
          }
        });
        for (int e = 0; e < b; e++) {
          means[e] = Gradient.zeros(net);
          seconds[e] = Gradient.zeros(net);
          for (int part = 0; part < parts; part++) {
            means[e].addScaled(pm[e * parts + part], 1.0);
            seconds[e].addScaled(ps[e * parts + part], 1.0);
          }
        }
      }
      case NOISE -> {
        if (mcSamples < 2) {
          throw new IllegalArgumentException("Monte Carlo moments need at least 2 samples, got " + mcSamples);
        }
        Parallel.forRange(b, 1, (from, to) -> {
          for (int e = from; e < to; e++) {
            Rng r = rng.split(e);
            Gradient m = Gradient.zeros(net);
            Gradient sq = Gradient.zeros(net);
            Gradient g = Gradient.zeros(net);
            for (int n = 0; n < mcSamples; n++) {
              est.estimate(net, net.sample(xs.get(e), labels[e], r), g);
              m.addScaled(g, 1.0 / mcSamples);
              sq.addSquaresScaled(g, 1.0 / mcSamples);
            }
            means[e] = m;
            seconds[e] = sq;
          }
        });
      }
      default -> throw new IllegalStateException("unhandled randomness " + est.randomness());
    }
    Gradient mean = Gradient.zeros(net);
    Gradient var = Gradient.zeros(net);
    for (int e = 0; e < b; e++) {
      Gradient v = seconds[e].copy();
      v.addSquaresScaled(means[e], -1.0);
      clampNegative(v);
      if (est.randomness() == Randomness.NOISE) {
        v.scale(mcSamples / (mcSamples - 1.0)); // unbiased sample variance
      }
      mean.addScaled(means[e], 1.0 / b);
      var.addScaled(v, 1.0 / ((double) b * b));
    }
    return new Moments(mean, var, est.randomness() != Randomness.NOISE);
  }

  /** Rounding can leave E[g²] − (E g)² slightly below 0 where the variance is 0. */
  private static void clampNegative(Gradient v) {
    for (int l = 0; l < v.layers(); l++) {
      double[] w = v.weights(l);
      for (int k = 0; k < w.length; k++) {
        w[k] = Math.max(0.0, w[k]);
      }
      double[] bb = v.biases(l);
      for (int k = 0; k < bb.length; k++) {
        bb[k] = Math.max(0.0, bb[k]);
      }
    }
  }
}
