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
 * @param gain pre-activation scale: a = gain·(W h)/sqrt(fan-in) + b, against logistic unit noise of scale 1
 * @param initSpread initial θ = P(w = +1) uniform in 0.5 ± initSpread (the same draws for every rule)
 * @param ensembleSamples sampled networks whose softmax outputs are averaged for the ensemble accuracy
 * @param trainLimit use at most this many training examples (0 = all)
 * @param testLimit use at most this many test examples (0 = all)
 */
public record LatentWeightConfig(int[] hidden, List<LatentRule> rules, double[] learningRates,
    double biasLearningRate, int epochs, int batchSize, double gain, double initSpread, int ensembleSamples, int trainLimit,
    int testLimit, long seed) implements java.io.Serializable {

  public LatentWeightConfig {
    hidden = hidden.clone();
    learningRates = learningRates.clone();
    rules = List.copyOf(rules);
    PositiveValues.requireOnePerRule(rules, "learning rate", learningRates);
    for (int h : hidden) {
      if (h < 1) {
        throw new IllegalArgumentException("hidden widths must be positive, got " + Arrays.toString(hidden));
      }
    }
    if (epochs < 1 || batchSize < 1 || ensembleSamples < 1 || trainLimit < 0 || testLimit < 0
        || !(initSpread >= 0 && initSpread < 0.5) || !(biasLearningRate >= 0) || !(gain > 0)) {
      throw new IllegalArgumentException("need epochs, batchSize, ensembleSamples ≥ 1, limits ≥ 0, 0 ≤ initSpread "
          + "< 0.5, biasLearningRate ≥ 0 and gain > 0");
    }
  }

  /**
   * Quick scale: one hidden layer of 64, 4 epochs on the first 3,000 training and 1,000 test examples, a 4-member
   * ensemble. Step sizes were picked by a short manual search on this subset (mirror 300, SGD on logits 1200,
   * projected 30; each rule's ε is on its own scale).
   */
  public static LatentWeightConfig quick(long seed) {
    return new LatentWeightConfig(new int[] {64}, List.of(LatentRule.values()), new double[] {300, 1200, 30}, 0.1, 4,
        50, 3.0, 0.2, 4, 3000, 1000, seed);
  }

  /** Full scale: one hidden layer of 256, 10 epochs on the whole data set, an 8-member ensemble. */
  public static LatentWeightConfig full(long seed) {
    return new LatentWeightConfig(new int[] {256}, List.of(LatentRule.values()), new double[] {300, 1200, 30}, 0.1,
        10, 100, 3.0, 0.2, 8, 0, 0, seed);
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
    m.put("gain", gain);
    m.put("initSpread", initSpread);
    m.put("ensembleSamples", ensembleSamples);
    m.put("trainLimit", trainLimit);
    m.put("testLimit", testLimit);
    m.put("seed", seed);
    return m;
  }
}
