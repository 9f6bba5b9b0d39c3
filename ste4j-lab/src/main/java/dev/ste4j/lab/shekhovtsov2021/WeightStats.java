package dev.ste4j.lab.shekhovtsov2021;

import java.util.Arrays;

/**
 * The diagnostic of the latent-weight experiment: how far the weight distribution has moved away from fair coins.
 *
 * <p>SGD on logits multiplies every step by 2F′(η), which vanishes as |η| grows, while mirror descent does not; so
 * the distribution of |η| and the share of weights that are nearly certain explain why one rule keeps learning and
 * another stalls. A weight counts as saturated when min(θ, 1 − θ) &lt; {@value #SATURATED}: for the logistic rules
 * |η| &gt; logit(0.95) ≈ 2.94, where SGD on logits's factor 2σ′(η) is below 0.095 (a step shrunk more than ten-fold).
 *
 * @param meanUncertainty mean of min(θ, 1 − θ): 0.5 for fair coins, 0 for certain weights
 * @param saturatedFraction share of weights with min(θ, 1 − θ) &lt; {@value #SATURATED}
 * @param medianAbsEta median of |η| (on each rule's own scale: logits for mirror and sgd_logits, [0, 1] for projected)
 * @param p90AbsEta 90th percentile of |η|
 * @param meanSgdFactor mean over weights of 2F′(η) with the rule's noise: the factor SGD on η would apply
 * @param uncertaintyHistogram share of weights with min(θ, 1 − θ) in each of 10 equal bins of [0, 0.5]
 */
public record WeightStats(double meanUncertainty, double saturatedFraction, double medianAbsEta, double p90AbsEta,
    double meanSgdFactor, double[] uncertaintyHistogram) implements java.io.Serializable {

  /** min(θ, 1 − θ) below which a weight counts as saturated. */
  public static final double SATURATED = 0.05;

  public static final int BINS = 10;

  public WeightStats {
    uncertaintyHistogram = uncertaintyHistogram.clone();
  }

  @Override
  public double[] uncertaintyHistogram() {
    return uncertaintyHistogram.clone();
  }

  /** The statistics of every latent weight of every layer, θ = P(w = +1) by the rule's noise. */
  static WeightStats of(double[][] eta, LatentRule rule) {
    int n = 0;
    for (double[] e : eta) {
      n += e.length;
    }
    double[] abs = new double[n];
    double[] hist = new double[BINS];
    double unc = 0;
    double factor = 0;
    int saturated = 0;
    int k = 0;
    for (double[] e : eta) {
      for (double v : e) {
        double t = rule.probability(v);
        double u = Math.min(t, 1 - t);
        unc += u;
        saturated += u < SATURATED ? 1 : 0;
        factor += 2 * rule.density(v);
        hist[Math.min(BINS - 1, (int) (u * 2 * BINS))] += 1.0 / n;
        abs[k++] = Math.abs(v);
      }
    }
    Arrays.sort(abs);
    return new WeightStats(unc / n, (double) saturated / n, quantile(abs, 0.5), quantile(abs, 0.9), factor / n, hist);
  }

  /** The q-quantile of sorted values (nearest rank). */
  static double quantile(double[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
