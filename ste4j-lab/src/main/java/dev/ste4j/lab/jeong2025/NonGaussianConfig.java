package dev.ste4j.lab.jeong2025;

import java.util.List;
import java.util.Map;

/**
 * Recovery for non-Gaussian inputs, without and with per-feature standardisation (Jeong et al. v2: the STE fails for
 * general non-Gaussian data; normalisation restores it).
 *
 * @param model the model; its distribution and normalisation are replaced by each pair of the grid
 * @param method the STE-gradient method
 * @param distributions the input distributions compared (at least one, no repeats)
 * @param sampleSizes the N values (each ≥ 1, increasing)
 * @param trials independent trials per cell (≥ 1); trial t uses the same raw inputs with and without normalisation
 * @param seed the run seed
 */
public record NonGaussianConfig(ModelConfig model, MethodConfig method, List<InputDistribution> distributions,
                                List<Integer> sampleSizes, int trials, long seed)
    implements java.io.Serializable {

  public NonGaussianConfig {
    if (model == null || method == null) {
      throw new IllegalArgumentException("model and method must be given");
    }
    if (distributions == null || distributions.isEmpty()) {
      throw new IllegalArgumentException("distributions must list at least one input distribution");
    }
    distributions = List.copyOf(distributions);
    if (distributions.stream().distinct().count() != distributions.size()) {
      throw new IllegalArgumentException("distributions must not repeat, got " + distributions);
    }
    sampleSizes = Grid.checked("sample size N", sampleSizes, 1);
    Grid.checkTrials(trials);
  }

  /**
   * The quick scale: n = 48, every distribution, N ∈ {128, 512} (about 1 and 4 times the Gaussian threshold N*(48)),
   * 16 trials.
   */
  public static NonGaussianConfig quick(long seed) {
    return new NonGaussianConfig(ModelConfig.twoLayer(48), PhaseConfig.defaultMethod(),
        List.of(InputDistribution.values()), List.of(128, 512), 16, seed);
  }

  /**
   * The same comparison with the ReLU STE μ'(x) = 1{x > 0}, quick scale (12 trials): with raw shifted or skewed inputs
   * the pre-activation's mean moves with the number of +1 weights, and this STE (unlike the identity, which only needs
   * more samples there) then fails to recover w* at every N of the grid, while standardized inputs recover it.
   */
  public static NonGaussianConfig reluQuick(long seed) {
    NonGaussianConfig q = quick(seed);
    return new NonGaussianConfig(q.model(), relu(q.method()), q.distributions(), q.sampleSizes(), 12, seed);
  }

  /** {@link #reluQuick} at the full scale. */
  public static NonGaussianConfig reluFull(long seed) {
    NonGaussianConfig f = full(seed);
    return new NonGaussianConfig(f.model(), relu(f.method()), f.distributions(), f.sampleSizes(), f.trials(), seed);
  }

  private static MethodConfig relu(MethodConfig m) {
    return new MethodConfig(dev.ste4j.nn.quantizer.SteVariant.RELU, m.clip(), m.stepSize(), m.iterations(),
        m.initialization(), m.initScale(), m.trainSecondLayer());
  }

  /** The full scale: n = 64, every distribution, N from 128 to 4096, 64 trials. */
  public static NonGaussianConfig full(long seed) {
    return new NonGaussianConfig(ModelConfig.twoLayer(64), PhaseConfig.defaultMethod(),
        List.of(InputDistribution.values()), Grid.geometric(128, 4096, 1), 64, seed);
  }

  /** Every choice, by name. */
  public Map<String, Object> describe() {
    Map<String, Object> m = GridDescription.of(model, axes -> {
      axes.put("input distribution", distributions.stream().map(InputDistribution::id).toList().toString());
      axes.put("normalization", "none and standardize");
    }, method, sampleSizes, trials);
    m.put("seed", seed);
    return m;
  }
}
