package dev.ste4j.lab.shekhovtsov2021;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The latent-weight study: every rule gets its step size from the same validation sweep, then trains from several
 * seeds on the whole training set.
 *
 * <p>The sweep tries {@code baseRates[r]·m} for every multiplier m, training on the first {@code sweepTrain} rows of
 * the training set minus its last {@code validation} rows for {@code sweepEpochs} epochs, and keeps the rate with the
 * best deterministic accuracy on those held-out rows (the smaller rate on a tie). Each rule's base rate lives on its
 * own scale (mirror and SGD on logits step on logits, projected SGD on [−1, 1]); the same multipliers are tried for
 * each. Then each rule trains {@code seeds} times (seeds {@code seed}, {@code seed + 1}, …) on the first
 * {@code trainLimit} training rows (0: all, validation rows included) and is tested on the test set.
 *
 * <p>The network: hidden widths {@code hidden} (at least one), a = gain·(W h)/sqrt(fan-in) + b — a fixed per-layer
 * normalisation by the fan-in instead of batch statistics, so every example's distribution is that of an SBN on its
 * own — with logistic unit noise of scale 1.
 */
public record LatentStudyConfig(int[] hidden, List<LatentRule> rules, double[] baseRates, double[] multipliers,
    double biasLearningRate, int epochs, int batchSize, double gain, double initSpread, int ensembleSamples,
    int seeds, int validation, int sweepTrain, int sweepEpochs, int trainLimit, int testLimit, long seed)
    implements java.io.Serializable {

  public LatentStudyConfig {
    hidden = hidden.clone();
    baseRates = baseRates.clone();
    multipliers = multipliers.clone();
    rules = List.copyOf(rules);
    PositiveValues.requireOnePerRule(rules, "base rate", baseRates);
    if (multipliers.length == 0) {
      throw new IllegalArgumentException("the sweep needs at least one multiplier");
    }
    PositiveValues.require("multipliers", multipliers);
    if (hidden.length == 0) {
      throw new IllegalArgumentException("the study needs at least one hidden layer");
    }
    if (seeds < 1 || validation < 1 || sweepTrain < 1 || sweepEpochs < 1 || trainLimit < 0 || testLimit < 0) {
      throw new IllegalArgumentException("need seeds, validation, sweepTrain, sweepEpochs ≥ 1 and limits ≥ 0");
    }
    // The remaining checks are LatentWeightConfig's.
    new LatentWeightConfig(hidden, List.of(rules.get(0)), new double[] {baseRates[0]}, biasLearningRate, epochs,
        batchSize, gain, initSpread, ensembleSamples, trainLimit, testLimit, seed);
  }

  /**
   * Quick scale: hidden [64, 32], 2 epochs on the first 3,000 training images, 1,000 test images, 3 seeds; the sweep
   * tries rate·{1/4, 1, 4} for one epoch on 2,000 images against 1,000 held out.
   */
  public static LatentStudyConfig quick(long seed) {
    return new LatentStudyConfig(new int[] {64, 32}, List.of(LatentRule.values()), new double[] {300, 1200, 30},
        new double[] {0.25, 1, 4}, 0.1, 2, 50, 3.0, 0.2, 4, 3, 1000, 2000, 1, 3000, 1000, seed);
  }

  /**
   * Full scale: hidden [128, 64], 4 epochs on all 60,000 training images, all 10,000 test images, 3 seeds, an
   * 8-member ensemble; the sweep tries rate·{1/16, 1/4, 1, 4, 16} for 2 epochs on 10,000 images against the last
   * 5,000 held out.
   */
  public static LatentStudyConfig full(long seed) {
    return new LatentStudyConfig(new int[] {128, 64}, List.of(LatentRule.values()), new double[] {300, 1200, 30},
        new double[] {1.0 / 16, 0.25, 1, 4, 16}, 0.1, 4, 100, 3.0, 0.2, 8, 3, 5000, 10000, 2, 0, 0, seed);
  }

  /** The rates the sweep tries for rule index r. */
  public double[] candidates(int r) {
    double[] c = new double[multipliers.length];
    for (int k = 0; k < c.length; k++) {
      c[k] = baseRates[r] * multipliers[k];
    }
    return c;
  }

  /** The single-rule training configuration of one run (its epochs, limits and the given rate and seed). */
  LatentWeightConfig training(LatentRule rule, double rate, long runSeed) {
    return new LatentWeightConfig(hidden, List.of(rule), new double[] {rate}, biasLearningRate, epochs, batchSize,
        gain, initSpread, ensembleSamples, trainLimit, testLimit, runSeed);
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("hidden", Arrays.toString(hidden));
    m.put("normalisation", "a = gain*(W h)/sqrt(fan-in) + b (fixed, no batch statistics)");
    m.put("rules", rules.stream().map(LatentRule::id).toList().toString());
    m.put("baseRates", Arrays.toString(baseRates));
    m.put("sweepMultipliers", Arrays.toString(multipliers));
    m.put("biasLearningRate", biasLearningRate);
    m.put("epochs", epochs);
    m.put("batchSize", batchSize);
    m.put("gain", gain);
    m.put("initSpread", initSpread);
    m.put("ensembleSamples", ensembleSamples);
    m.put("seeds", seeds);
    m.put("validation", validation);
    m.put("sweepTrain", sweepTrain);
    m.put("sweepEpochs", sweepEpochs);
    m.put("trainLimit", trainLimit);
    m.put("testLimit", testLimit);
    m.put("seed", seed);
    return m;
  }
}
