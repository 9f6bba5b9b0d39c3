package dev.ste4j.lab.jeong2025;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.List;
import java.util.Map;

/**
 * The recovery phase diagram: exact-recovery probability over a grid of dimensions n and sample sizes N.
 *
 * @param model the model; its dimension is replaced by each n of the grid
 * @param method the STE-gradient method
 * @param dimensions the n values (each ≥ 1, increasing)
 * @param sampleSizes the N values (each ≥ 1, increasing)
 * @param trials independent trials per (n, N) cell (≥ 1)
 * @param bootstrap bootstrap replicates for the intervals (≥ 0)
 * @param levels the recovery probabilities at which thresholds N*(n) are estimated (each in (0, 1), increasing);
 *     the paper's guarantee is "with high probability", so the default adds 90 % and 99 % to 50 %
 * @param seed the run seed
 */
public record PhaseConfig(ModelConfig model, MethodConfig method, List<Integer> dimensions, List<Integer> sampleSizes,
                          int trials, int bootstrap, List<Double> levels, long seed)
    implements java.io.Serializable {

  /** The recovery levels of the thresholds unless told otherwise. */
  public static final List<Double> DEFAULT_LEVELS = List.of(0.5, 0.9, 0.99);

  /** A configuration at {@link #DEFAULT_LEVELS}. */
  public PhaseConfig(ModelConfig model, MethodConfig method, List<Integer> dimensions, List<Integer> sampleSizes,
                     int trials, int bootstrap, long seed) {
    this(model, method, dimensions, sampleSizes, trials, bootstrap, DEFAULT_LEVELS, seed);
  }

  public PhaseConfig {
    if (model == null || method == null) {
      throw new IllegalArgumentException("model and method must be given");
    }
    dimensions = Grid.checked("dimension n", dimensions, 1);
    sampleSizes = Grid.checked("sample size N", sampleSizes, 1);
    Grid.checkTrials(trials);
    if (bootstrap < 0) {
      throw new IllegalArgumentException("bootstrap replicates must be >= 0, got " + bootstrap);
    }
    if (levels == null || levels.isEmpty()) {
      throw new IllegalArgumentException("recovery levels must list at least one value");
    }
    levels = List.copyOf(levels);
    for (int i = 0; i < levels.size(); i++) {
      double p = levels.get(i);
      if (!(p > 0 && p < 1)) {
        throw new IllegalArgumentException("recovery levels must lie strictly between 0 and 1, got " + p);
      }
      if (i > 0 && p <= levels.get(i - 1)) {
        throw new IllegalArgumentException("recovery levels must be strictly increasing, got " + levels);
      }
    }
  }

  /** The default method of the lab: identity STE, v fixed at v*, zero start, η = 1, T = 2000. */
  public static MethodConfig defaultMethod() {
    return new MethodConfig(SteVariant.IDENTITY, 1.0, 1.0, 2000, Initialization.ZERO, 1.0, false);
  }

  /**
   * The quick scale of {@code ste reproduce --quick}: n from 8 to 64 and N from 4 to 512, both at √2 spacing, 32
   * trials per cell — cells on both sides of every 50 % and 90 % threshold, a 7-point fit of k over an eightfold range
   * of n. With 32 trials a cell's rate moves in steps of 3.1 %, so the 99 % level is crossed only where all 32
   * trials succeed: it is reported, but not resolved at this scale.
   */
  public static PhaseConfig quick(long seed) {
    return new PhaseConfig(ModelConfig.twoLayer(8), defaultMethod(), Grid.geometric(8, 64, 2),
        Grid.geometric(4, 512, 2), 32, 500, seed);
  }

  /**
   * The full scale: n from 8 to 128, N from 8 to 4096 at 2^{1/4} spacing, 200 trials per cell (rates in steps of
   * 0.5 %, so 99 % is resolved).
   */
  public static PhaseConfig full(long seed) {
    return new PhaseConfig(ModelConfig.twoLayer(8), defaultMethod(), Grid.geometric(8, 128, 2),
        Grid.geometric(8, 4096, 4), 200, 2000, seed);
  }

  /** The label-noise level of the last-against-averaged comparison: labels y ∈ {0, …, m} get noise of s.d. 0.3. */
  public static final double COMPARISON_NOISE = 0.3;

  /**
   * The last against the averaged iterate where they can differ, quick scale: label noise s = 0.3, so the last
   * iterate keeps leaving and returning to w* while the average settles; n from 8 to 32, N from 16 to 1024 at
   * doubling, 16 trials, T = 1000, levels 50 % and 90 %. Noisy trials re-evaluate the gradient at almost every step,
   * which is why this grid is smaller than the noiseless one.
   */
  public static PhaseConfig noisyQuick(long seed) {
    return new PhaseConfig(ModelConfig.twoLayer(8).withNoise(COMPARISON_NOISE), defaultMethod().withIterations(1000),
        Grid.geometric(8, 32, 2), Grid.geometric(16, 1024, 1), 16, 300, List.of(0.5, 0.9), seed);
  }

  /** The same comparison at full scale: n from 8 to 64, N from 16 to 8192 at √2 spacing, 100 trials, T = 2000. */
  public static PhaseConfig noisyFull(long seed) {
    return new PhaseConfig(ModelConfig.twoLayer(8).withNoise(COMPARISON_NOISE), defaultMethod(),
        Grid.geometric(8, 64, 2), Grid.geometric(16, 8192, 2), 100, 2000, DEFAULT_LEVELS, seed);
  }

  /** Every choice, by name. */
  public Map<String, Object> describe() {
    Map<String, Object> m =
        GridDescription.of(model, axes -> axes.put("n", dimensions.toString()), method, sampleSizes, trials);
    m.put("bootstrap replicates", bootstrap);
    m.put("recovery levels", levels.toString());
    m.put("seed", seed);
    return m;
  }
}
