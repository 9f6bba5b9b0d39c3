package dev.ste4j.lab.shekhovtsov2021;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Configuration of the estimator-accuracy experiment.
 *
 * @param widths the SBN (input, hidden…, classes); hidden units are enumerated, so their total is at most
 *     {@link #MAX_HIDDEN}
 * @param noise unit noise kind; {@code noiseScale} its scale
 * @param examples size of the synthetic batch whose mean loss is the objective
 * @param snapshots training steps at which accuracy is measured (ascending; 0 = at initialization)
 * @param learningRate SGD step of the training between snapshots (ST estimator, one draw per example per step)
 * @param sampleCounts numbers N of independent batch estimates averaged
 * @param trials Monte Carlo repetitions for the cosine similarity at each N
 * @param temperature of the Concrete relaxation
 * @param relaxedSamples draws per example for the moments of the estimators that depend on the continuous noise
 *     (Concrete, ARM: no finite state sum)
 * @param seed everything derives from it
 * @param bernoulliWeights Bernoulli ±1 weights with latent logits η and weight noise of the units' kind and scale
 *     (their states are enumerated too), instead of real weights
 */
public record EstimatorAccuracyConfig(int[] widths, NoiseKind noise, double noiseScale, int examples, int[] snapshots,
    double learningRate, int[] sampleCounts, int trials, double temperature, int relaxedSamples, long seed,
    boolean bernoulliWeights) implements java.io.Serializable {

  /** The most hidden units the experiment enumerates (2^24 states per example). */
  public static final int MAX_HIDDEN = 24;

  public EstimatorAccuracyConfig {
    widths = widths.clone();
    snapshots = snapshots.clone();
    sampleCounts = sampleCounts.clone();
    if (widths.length < 3) {
      throw new IllegalArgumentException("widths need an input, at least one hidden layer and the classes, got "
          + Arrays.toString(widths));
    }
    int hidden = 0;
    for (int k = 1; k < widths.length - 1; k++) {
      hidden += widths[k];
    }
    int bits = hidden;
    if (bernoulliWeights) {
      for (int k = 0; k + 1 < widths.length; k++) {
        bits += widths[k] * widths[k + 1];
      }
    }
    if (bits > MAX_HIDDEN) {
      throw new IllegalArgumentException("--widths " + Arrays.toString(widths) + " has " + bits
          + (bernoulliWeights ? " binary variables (hidden units and Bernoulli weights)" : " hidden units") + ": 2^"
          + bits + " states per example is too many for this experiment (at most " + MAX_HIDDEN + ")");
    }
    for (int k = 1; k < snapshots.length; k++) {
      if (snapshots[k] <= snapshots[k - 1]) {
        throw new IllegalArgumentException("snapshots must be strictly increasing, got " + Arrays.toString(snapshots));
      }
    }
    if (snapshots.length == 0 || snapshots[0] < 0) {
      throw new IllegalArgumentException("snapshots must be non-empty and non-negative, got "
          + Arrays.toString(snapshots));
    }
    for (int n : sampleCounts) {
      if (n < 1) {
        throw new IllegalArgumentException("sample counts must be positive, got " + Arrays.toString(sampleCounts));
      }
    }
    if (examples < 1 || trials < 2 || relaxedSamples < 2 || !(learningRate > 0)) {
      throw new IllegalArgumentException("need examples ≥ 1, trials ≥ 2, relaxedSamples ≥ 2 and learningRate > 0");
    }
  }

  /** With real weights. */
  public EstimatorAccuracyConfig(int[] widths, NoiseKind noise, double noiseScale, int examples, int[] snapshots,
      double learningRate, int[] sampleCounts, int trials, double temperature, int relaxedSamples, long seed) {
    this(widths, noise, noiseScale, examples, snapshots, learningRate, sampleCounts, trials, temperature,
        relaxedSamples, seed, false);
  }

  /**
   * The quick scale with Bernoulli weights: an SBN [2, 2, 2, 2] whose 12 weights and 4 hidden units are all binary
   * (2^16 states per example), 8 examples.
   */
  public static EstimatorAccuracyConfig quickBernoulli(long seed) {
    return new EstimatorAccuracyConfig(new int[] {2, 2, 2, 2}, NoiseKind.LOGISTIC, 1.0, 8, new int[] {0, 100, 400},
        0.1, new int[] {1, 4, 16, 64}, 32, 0.5, 2000, seed, true);
  }

  /** The same experiment with other unit noise (and weight noise of that kind). */
  public EstimatorAccuracyConfig withNoise(NoiseKind other) {
    return new EstimatorAccuracyConfig(widths, other, noiseScale, examples, snapshots, learningRate, sampleCounts,
        trials, temperature, relaxedSamples, seed, bernoulliWeights);
  }

  /** The quick scale: a 12-unit SBN (4096 states per example), a few seconds on two cores. */
  public static EstimatorAccuracyConfig quick(long seed) {
    return new EstimatorAccuracyConfig(new int[] {8, 6, 6, 3}, NoiseKind.LOGISTIC, 1.0, 16, new int[] {0, 100, 400},
        0.1, new int[] {1, 4, 16, 64}, 32, 0.5, 2000, seed);
  }

  /** The full scale: a 16-unit SBN (65536 states per example), more examples, samples and trials. */
  public static EstimatorAccuracyConfig full(long seed) {
    return new EstimatorAccuracyConfig(new int[] {10, 8, 8, 4}, NoiseKind.LOGISTIC, 1.0, 64,
        new int[] {0, 200, 1000, 3000}, 0.1, new int[] {1, 4, 16, 64, 256}, 100, 0.5, 20000, seed);
  }

  public int maxSamples() {
    return Arrays.stream(sampleCounts).max().orElse(1);
  }

  /** The configuration as an ordered map, for run records. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("widths", Arrays.toString(widths));
    m.put("noise", noise.id());
    m.put("noiseScale", noiseScale);
    m.put("examples", examples);
    m.put("snapshots", Arrays.toString(snapshots));
    m.put("learningRate", learningRate);
    m.put("sampleCounts", Arrays.toString(sampleCounts));
    m.put("trials", trials);
    m.put("temperature", temperature);
    m.put("relaxedSamples", relaxedSamples);
    m.put("bernoulliWeights", bernoulliWeights);
    m.put("seed", seed);
    return m;
  }
}
