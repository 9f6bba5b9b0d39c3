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
 * @param seed the run seed
 */
public record PhaseConfig(ModelConfig model, MethodConfig method, List<Integer> dimensions, List<Integer> sampleSizes,
                          int trials, int bootstrap, long seed)
    implements java.io.Serializable {

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
    return new PhaseConfig(ModelConfig.gaussian(8, 1), defaultMethod(), Grid.geometric(8, 91, 2),
        Grid.geometric(4, 1024, 2), 24, 1000, seed);
  }

  /** The full scale: n from 8 to 128, N from 8 to 4096 at 2^{1/4} spacing, 100 trials per cell. */
  public static PhaseConfig full(long seed) {
    return new PhaseConfig(ModelConfig.gaussian(8, 1), defaultMethod(), Grid.geometric(8, 128, 2),
        Grid.geometric(8, 4096, 4), 100, 2000, seed);
  }

  /** Every choice, by name. */
  public Map<String, Object> describe() {
    Map<String, Object> m =
        GridDescription.of(model, axes -> axes.put("n", dimensions.toString()), method, sampleSizes, trials);
    m.put("bootstrap replicates", bootstrap);
    m.put("seed", seed);
    return m;
  }
}
