package dev.ste4j.lab.shekhovtsov2021;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configuration of the latent-weight experiment: an SBN with binary weights and activations trained with each rule.
 *
 * @param hidden hidden layer widths
 * @param rules the latent-weight update rules compared
 * @param learningRates one step size per rule, in the order of rules (each rule's ε lives on its own scale)
 * @param biasLearningRate plain SGD step for the real biases
 * @param initSpread initial θ = P(w = +1) uniform in 0.5 ± initSpread (the same draws for every rule)
 * @param ensembleSamples sampled networks whose softmax outputs are averaged for the ensemble accuracy
 * @param trainLimit use at most this many training examples (0 = all)
 * @param testLimit use at most this many test examples (0 = all)
 */
public record LatentWeightConfig(int[] hidden, List<LatentRule> rules, double[] learningRates,
    double biasLearningRate, int epochs, int batchSize, double initSpread, int ensembleSamples, int trainLimit,
    int testLimit, long seed) {

  public LatentWeightConfig {
    hidden = hidden.clone();
    learningRates = learningRates.clone();
    rules = List.copyOf(rules);
    if (rules.isEmpty() || rules.size() != learningRates.length) {
      throw new IllegalArgumentException("need one learning rate per rule, got " + rules.size() + " rules and "
          + learningRates.length + " rates");
    }
    for (double lr : learningRates) {
      if (!(lr > 0)) {
        throw new IllegalArgumentException("learning rates must be positive, got " + Arrays.toString(learningRates));
      }
    }
    for (int h : hidden) {
      if (h < 1) {
        throw new IllegalArgumentException("hidden widths must be positive, got " + Arrays.toString(hidden));
      }
    }
    if (epochs < 1 || batchSize < 1 || ensembleSamples < 1 || trainLimit < 0 || testLimit < 0
        || !(initSpread >= 0 && initSpread < 0.5) || !(biasLearningRate >= 0)) {
      throw new IllegalArgumentException("need epochs, batchSize, ensembleSamples ≥ 1, limits ≥ 0, 0 ≤ initSpread "
          + "< 0.5 and biasLearningRate ≥ 0");
    }
  }

  /** Quick scale: one hidden layer of 100, 3 epochs on a subset (the caller picks the subset sizes). */
  public static LatentWeightConfig quick(long seed) {
    return new LatentWeightConfig(new int[] {100}, List.of(LatentRule.values()), new double[] {20.0, 80.0, 5.0},
        0.1, 3, 50, 0.2, 8, 5000, 1000, seed);
  }

  /** Full scale: two hidden layers of 256, 20 epochs on the whole data set. */
  public static LatentWeightConfig full(long seed) {
    return new LatentWeightConfig(new int[] {256, 256}, List.of(LatentRule.values()), new double[] {20.0, 80.0, 5.0},
        0.1, 20, 100, 0.2, 16, 0, 0, seed);
  }

  /** The learning rate of rule r. */
  public double learningRate(LatentRule r) {
    int k = rules.indexOf(r);
    if (k < 0) {
      throw new IllegalArgumentException("rule " + r.id() + " is not in this configuration");
    }
    return learningRates[k];
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("hidden", Arrays.toString(hidden));
    m.put("rules", rules.stream().map(LatentRule::id).toList().toString());
    m.put("learningRates", Arrays.toString(learningRates));
    m.put("biasLearningRate", biasLearningRate);
    m.put("epochs", epochs);
    m.put("batchSize", batchSize);
    m.put("initSpread", initSpread);
    m.put("ensembleSamples", ensembleSamples);
    m.put("trainLimit", trainLimit);
    m.put("testLimit", testLimit);
    m.put("seed", seed);
    return m;
  }
}
