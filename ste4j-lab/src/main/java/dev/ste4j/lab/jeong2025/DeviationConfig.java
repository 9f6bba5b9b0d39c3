package dev.ste4j.lab.jeong2025;

import java.util.List;
import java.util.Map;

/**
 * The uniform deviation of the empirical coarse gradient from its population value ({@link UniformDeviation}) over a
 * grid of n and N, and the N needed to bring it below a target.
 *
 * @param model the teacher (noiseless; its dimension is replaced by each n; Gaussian inputs, σ = step, v = v*)
 * @param dimensions the n values (each ≥ 1, increasing)
 * @param sampleSizes the N values (each ≥ 1, increasing)
 * @param replicates independent samples per (n, N) (≥ 1)
 * @param exactUpTo the largest n at which all 2ⁿ states are enumerated (at most 20); above it the stated search
 * @param randomStates uniformly drawn states of the search, beside every state within distance 2 of w*
 * @param target the deviation ρ whose crossing defines N_ρ(n) (> 0)
 * @param bootstrap bootstrap replicates for the intervals (≥ 0)
 * @param seed the run seed
 */
public record DeviationConfig(ModelConfig model, List<Integer> dimensions, List<Integer> sampleSizes, int replicates,
                              int exactUpTo, int randomStates, double target, int bootstrap, long seed)
    implements java.io.Serializable {

  public DeviationConfig {
    if (model == null) {
      throw new IllegalArgumentException("model must be given");
    }
    if (model.distribution() != InputDistribution.GAUSSIAN || model.normalization() != Normalization.NONE
        || model.activation() != Activation.STEP) {
      throw new IllegalArgumentException("the population gradient is known for raw Gaussian inputs and the step "
          + "activation only");
    }
    model = model.withNoise(0);
    dimensions = Grid.checked("dimension n", dimensions, 1);
    sampleSizes = Grid.checked("sample size N", sampleSizes, 1);
    Grid.checkTrials(replicates);
    if (exactUpTo < 0 || exactUpTo > 20) {
      throw new IllegalArgumentException("the largest n enumerated exactly must lie in 0..20, got " + exactUpTo);
    }
    if (randomStates < 0) {
      throw new IllegalArgumentException("random states must be >= 0, got " + randomStates);
    }
    if (!(target > 0) || Double.isInfinite(target)) {
      throw new IllegalArgumentException("target deviation must be finite and > 0, got " + target);
    }
    if (bootstrap < 0) {
      throw new IllegalArgumentException("bootstrap replicates must be >= 0, got " + bootstrap);
    }
  }

  /** Quick: n from 4 to 10, every state enumerated, N from 8 to 1024 at doubling, 8 samples per cell, ρ = 0.5. */
  public static DeviationConfig quick(long seed) {
    return new DeviationConfig(ModelConfig.twoLayer(4), List.of(4, 5, 6, 7, 8, 9, 10), Grid.geometric(8, 1024, 1), 8,
        10, 0, 0.5, 500, seed);
  }

  /**
   * Full: n from 4 to 24, enumerated up to 14 (the fit) and searched above (distance ≤ 2 and 4096 random states; a
   * lower bound, shown but not fitted), N from 8 to 16384 at √2 spacing, 32 samples per cell.
   */
  public static DeviationConfig full(long seed) {
    return new DeviationConfig(ModelConfig.twoLayer(4), List.of(4, 6, 8, 10, 12, 14, 16, 20, 24),
        Grid.geometric(8, 16384, 2), 32, 14, 4096, 0.5, 2000, seed);
  }

  /** Every choice, by name. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new java.util.LinkedHashMap<>(model.describe());
    m.put("n", dimensions.toString());
    m.put("STE", "identity");
    m.put("v", "fixed at v*");
    m.put("N", sampleSizes.toString());
    m.put("samples per cell", replicates);
    m.put("states", "all 2^n for n <= " + exactUpTo + (dimensions.get(dimensions.size() - 1) > exactUpTo
        ? "; above: distance <= 2 from w* and " + randomStates + " uniform states" : ""));
    m.put("target rho", target);
    m.put("bootstrap replicates", bootstrap);
    m.put("seed", seed);
    return m;
  }
}
