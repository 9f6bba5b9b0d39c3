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
   * The quick scale of {@code ste reproduce --quick}: n from 8 to 91 and N from 4 to 1024, both at √2 spacing, 24
   * trials per cell — cells on both sides of every threshold for the crossing, and an 8-point fit of k over a tenfold
   * range of n.
   */
  public static PhaseConfig quick(long seed) {
    return new PhaseConfig(ModelConfig.twoLayer(8), defaultMethod(), Grid.geometric(8, 91, 2),
        Grid.geometric(4, 1024, 2), 24, 1000, seed);
  }

  /** The full scale: n from 8 to 128, N from 8 to 4096 at 2^{1/4} spacing, 100 trials per cell. */
  public static PhaseConfig full(long seed) {
    return new PhaseConfig(ModelConfig.twoLayer(8), defaultMethod(), Grid.geometric(8, 128, 2),
        Grid.geometric(8, 4096, 4), 100, 2000, seed);
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
