package dev.ste4j.lab.shekhovtsov2021;

import java.util.Arrays;

/**
 * How the latent weight η of a Bernoulli weight w ∈ {±1} is updated from the ST gradient ∂ℓ/∂w of a sampled
 * network (Shekhovtsov &amp; Yanush 2021, "latent weights from mirror descent").
 *
 * <p>With θ = P(w = +1), the ST estimate of ∂E/∂θ is 2∂ℓ/∂w. The three rules differ in the geometry of the step:
 * <ul>
 *   <li>{@link #MIRROR_DESCENT}: mirror descent on θ ∈ [0, 1] with the Bernoulli negative entropy, whose mirror map is
 *       the logit: logit θ ← logit θ − ε·2∂ℓ/∂w, i.e. η ← η − ε·2∂ℓ/∂w with θ = sigmoid(η). The latent weight receives
 *       the gradient of the binary weight directly (an identity STE for weights, no F′(η) factor).
 *   <li>{@link #SGD_LOGITS}: plain SGD on η with θ = sigmoid(η): η ← η − ε·2σ′(η)∂ℓ/∂w. The factor
 *       2σ(η)(1 − σ(η)) vanishes for large |η|, so confident weights stop learning.
 *   <li>{@link #PROJECTED_SGD}: projected SGD on θ with uniform noise, θ = clip((η + 1)/2, 0, 1):
 *       η ← clip(η − ε·∂ℓ/∂w, −1, 1) — BinaryConnect's stochastic binarization with latent weights clipped to [−1, 1].
 * </ul>
 * The deterministic network uses w = sign(η) (sign(0) = +1), the most likely weight under every rule.
 */
public enum LatentRule {
  MIRROR_DESCENT("mirror", NoiseKind.LOGISTIC) {
    @Override
    public double update(double eta, double dLossDw, double lr) {
      return eta - lr * 2.0 * dLossDw;
    }
  },
  SGD_LOGITS("sgd_logits", NoiseKind.LOGISTIC) {
    @Override
    public double update(double eta, double dLossDw, double lr) {
      return eta - lr * 2.0 * NoiseKind.LOGISTIC.density(eta) * dLossDw;
    }
  },
  PROJECTED_SGD("projected", NoiseKind.UNIFORM) {
    @Override
    public double update(double eta, double dLossDw, double lr) {
      return Math.max(-1.0, Math.min(1.0, eta - lr * dLossDw));
    }
  };

  private final String id;
  /** The noise whose CDF maps η to θ: logistic (θ = σ(η)) or uniform on [−1, 1] (θ = clip((η + 1)/2, 0, 1)). */
  private final NoiseKind noise;

  LatentRule(String id, NoiseKind noise) {
    this.id = id;
    this.noise = noise;
  }

  /** The name used on the command line ("mirror", "sgd_logits", "projected"). */
  public String id() {
    return id;
  }

  /** θ = P(w = +1) for latent weight η. */
  public double probability(double eta) {
    return noise.cdf(eta);
  }

  /** F′(η), the density of the rule's noise at η: dθ/dη. */
  public double density(double eta) {
    return noise.density(eta);
  }

  /** The latent weight η with P(w = +1) = θ, θ in (0, 1): log(θ/(1 − θ)) or 2θ − 1. */
  public double fromProbability(double theta) {
    return noise.inverseCdf(theta);
  }

  /** The new latent weight after one step with ST gradient ∂ℓ/∂w and step size lr. */
  public abstract double update(double eta, double dLossDw, double lr);

  public static LatentRule parse(String name) {
    for (LatentRule r : values()) {
      if (r.id.equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown latent-weight rule \"" + name + "\"; known: "
        + Arrays.stream(values()).map(LatentRule::id).toList());
  }
}
