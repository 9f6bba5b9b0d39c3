package dev.ste4j.lab.jeong2025;

import java.util.List;
import java.util.Map;

/**
 * Recurrence under label noise: the Hamming distance d_t between Q(w_t) and w* over t, for several noise levels s and
 * sample sizes N, the noiseless case (s = 0) beside them.
 *
 * @param model the model; its noise level is replaced by each s of the grid
 * @param method the STE-gradient method
 * @param noiseLevels the label-noise standard deviations s (each finite and ≥ 0, increasing)
 * @param sampleSizes the N values (each ≥ 1, increasing)
 * @param trials independent trials per (s, N) (≥ 1); trial t uses the same teacher, inputs and noise directions at
 *     every s, so the levels differ only in s
 * @param seed the run seed
 */
public record RecurrenceConfig(ModelConfig model, MethodConfig method, List<Double> noiseLevels,
                               List<Integer> sampleSizes, int trials, long seed)
    implements java.io.Serializable {

  public RecurrenceConfig {
    if (model == null || method == null) {
      throw new IllegalArgumentException("model and method must be given");
    }
    if (noiseLevels == null || noiseLevels.isEmpty()) {
      throw new IllegalArgumentException("noise levels must list at least one value");
    }
    noiseLevels = List.copyOf(noiseLevels);
    for (int i = 0; i < noiseLevels.size(); i++) {
      double s = noiseLevels.get(i);
      if (!(s >= 0) || Double.isInfinite(s)) {
        throw new IllegalArgumentException("label noise standard deviation must be finite and >= 0, got " + s);
      }
      if (i > 0 && s <= noiseLevels.get(i - 1)) {
        throw new IllegalArgumentException("noise levels must be strictly increasing, got " + noiseLevels);
      }
    }
    sampleSizes = Grid.checked("sample size N", sampleSizes, 1);
    Grid.checkTrials(trials);
  }

  /** The quick scale: n = 16, N ∈ {128, 512}, s ∈ {0, 0.05, 0.1, 0.2}, T = 2000, 16 trials. */
  public static RecurrenceConfig quick(long seed) {
    return new RecurrenceConfig(ModelConfig.twoLayer(16), PhaseConfig.defaultMethod(),
        List.of(0.0, 0.05, 0.1, 0.2), List.of(128, 512), 16, seed);
  }

  /** The full scale: n = 32, N ∈ {256, 1024, 4096}, s from 0 to 0.4, T = 10000, 64 trials. */
  public static RecurrenceConfig full(long seed) {
    return new RecurrenceConfig(ModelConfig.twoLayer(32), PhaseConfig.defaultMethod().withIterations(10000),
        List.of(0.0, 0.05, 0.1, 0.2, 0.4), List.of(256, 1024, 4096), 64, seed);
  }

  /** Every choice, by name. */
  public Map<String, Object> describe() {
    Map<String, Object> m = GridDescription.of(model, axes -> axes.put("label noise std", noiseLevels.toString()),
        method, sampleSizes, trials);
    m.put("seed", seed);
    return m;
  }
}
