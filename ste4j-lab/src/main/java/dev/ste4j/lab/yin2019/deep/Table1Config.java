package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link Table1Experiment} runs: one network, the activation bit widths and STEs of the grid, the training of
 * each quantized network (SGD with momentum and the step schedule of the paper's Table 2, scaled to {@code epochs}
 * by {@link PaperSchedule#milestonesFor}), and the pre-training of the float network it starts from.
 *
 * <p>The paper does not state how its float networks were trained; here they are trained like the quantized ones
 * (SGD, the same momentum, batch and proportionally scaled milestones) for {@code pretrainEpochs} epochs at
 * {@code pretrainLr}. Weight decay is not stated either; it is {@code weightDecay} (default 0) for every phase.
 *
 * @param network the network and its dataset
 * @param bits activation bit widths, each 1, 2 or 4 (the widths with a published α)
 * @param stes the straight-through estimators
 * @param epochs epochs of each quantized run (the paper's: 50 for LeNet-5, 200 for the CIFAR-10 networks)
 * @param batch mini-batch size
 * @param lr initial learning rate of the quantized runs
 * @param momentum SGD heavy-ball momentum (paper: 0.9)
 * @param weightDecay L2 weight decay of every phase
 * @param pretrainEpochs epochs of the float network's training
 * @param pretrainLr initial learning rate of the float network's training
 * @param trainSubset training samples to use (a seeded random subset), 0 for all
 * @param testSubset evaluation samples to use (a seeded random subset of the test set), 0 for all
 * @param seed the root seed: initial weights, subsets and every run's shuffling derive from it
 */
public record Table1Config(DeepNetwork network, List<Integer> bits, List<SteVariant> stes, int epochs, int batch,
                           double lr, double momentum, double weightDecay, int pretrainEpochs, double pretrainLr,
                           int trainSubset, int testSubset, long seed) implements java.io.Serializable {

  public Table1Config {
    bits = List.copyOf(bits);
    stes = List.copyOf(stes);
    if (bits.isEmpty() || stes.isEmpty()) {
      throw new IllegalArgumentException("table1: give at least one bit width and one STE");
    }
    if (new HashSet<>(bits).size() != bits.size() || new HashSet<>(stes).size() != stes.size()) {
      throw new IllegalArgumentException("table1: bit widths and STEs must not repeat, got bits=" + bits + " ste="
          + stes);
    }
    for (int b : bits) {
      if (b != 1 && b != 2 && b != 4) {
        throw new IllegalArgumentException("table1: bits=" + b + " has no published α; use 1, 2 or 4");
      }
    }
    if (epochs < 1 || batch < 1 || pretrainEpochs < 1 || trainSubset < 0 || testSubset < 0) {
      throw new IllegalArgumentException("table1: need epochs ≥ 1, batch ≥ 1, pretrain epochs ≥ 1 and subsets ≥ 0;"
          + " got epochs=" + epochs + " batch=" + batch + " pretrainEpochs=" + pretrainEpochs + " trainSubset="
          + trainSubset + " testSubset=" + testSubset);
    }
    if (!(lr > 0) || !(pretrainLr > 0) || !(momentum >= 0 && momentum < 1) || !(weightDecay >= 0)) {
      throw new IllegalArgumentException("table1: need lr > 0, pretrain lr > 0, 0 ≤ momentum < 1, weight decay ≥ 0;"
          + " got lr=" + lr + " pretrainLr=" + pretrainLr + " momentum=" + momentum + " weightDecay=" + weightDecay);
    }
  }

  /**
   * The paper's setting for a network: 2 and 4 bits, all three STEs, the Table 2 schedule, momentum 0.9, no weight
   * decay, the whole dataset; the float network pre-trained for a fifth of the epochs at the same learning rate.
   */
  public static Table1Config paper(DeepNetwork network, long seed) {
    PaperSchedule s = network.schedule();
    return new Table1Config(network, List.of(2, 4), List.of(SteVariant.values()), s.epochs(), s.batch(), s.lr(), 0.9,
        0, Math.max(1, s.epochs() / 5), s.lr(), 0, 0, seed);
  }

  /** True when the epochs differ from the paper's (the milestones are then scaled proportionally). */
  public boolean epochsOverridden() {
    return epochs != network.schedule().epochs();
  }

  /** The decay epochs of each quantized run. */
  public int[] milestones() {
    return network.schedule().milestonesFor(epochs);
  }

  /** The decay epochs of the float network's training. */
  public int[] pretrainMilestones() {
    return network.schedule().milestonesFor(pretrainEpochs);
  }

  /** The settings as run.json records them (the seed apart: each run folder records its own). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("network", network.key());
    m.put("dataset", network.dataset());
    m.put("bits", bits);
    m.put("ste", stes.stream().map(SteVariant::key).toList());
    m.put("epochs", epochs);
    m.put("paperEpochs", network.schedule().epochs());
    m.put("milestones", Arrays.stream(milestones()).boxed().toList());
    m.put("batch", batch);
    m.put("lr", lr);
    m.put("momentum", momentum);
    m.put("weightDecay", weightDecay);
    m.put("pretrainEpochs", pretrainEpochs);
    m.put("pretrainLr", pretrainLr);
    m.put("pretrainMilestones", Arrays.stream(pretrainMilestones()).boxed().toList());
    m.put("trainSubset", trainSubset);
    m.put("testSubset", testSubset);
    return m;
  }

  public Table1Config withBits(List<Integer> b) {
    return new Table1Config(network, b, stes, epochs, batch, lr, momentum, weightDecay, pretrainEpochs, pretrainLr,
        trainSubset, testSubset, seed);
  }

  public Table1Config withStes(List<SteVariant> s) {
    return new Table1Config(network, bits, s, epochs, batch, lr, momentum, weightDecay, pretrainEpochs, pretrainLr,
        trainSubset, testSubset, seed);
  }

  public Table1Config withEpochs(int e) {
    return new Table1Config(network, bits, stes, e, batch, lr, momentum, weightDecay, pretrainEpochs, pretrainLr,
        trainSubset, testSubset, seed);
  }

  public Table1Config withPretrain(int e, double rate) {
    return new Table1Config(network, bits, stes, epochs, batch, lr, momentum, weightDecay, e, rate, trainSubset,
        testSubset, seed);
  }

  public Table1Config withBatch(int b) {
    return new Table1Config(network, bits, stes, epochs, b, lr, momentum, weightDecay, pretrainEpochs, pretrainLr,
        trainSubset, testSubset, seed);
  }

  public Table1Config withLr(double rate) {
    return new Table1Config(network, bits, stes, epochs, batch, rate, momentum, weightDecay, pretrainEpochs,
        pretrainLr, trainSubset, testSubset, seed);
  }

  public Table1Config withWeightDecay(double wd) {
    return new Table1Config(network, bits, stes, epochs, batch, lr, momentum, wd, pretrainEpochs, pretrainLr,
        trainSubset, testSubset, seed);
  }

  public Table1Config withSubsets(int train, int test) {
    return new Table1Config(network, bits, stes, epochs, batch, lr, momentum, weightDecay, pretrainEpochs, pretrainLr,
        train, test, seed);
  }

  public Table1Config withSeed(long s) {
    return new Table1Config(network, bits, stes, epochs, batch, lr, momentum, weightDecay, pretrainEpochs, pretrainLr,
        trainSubset, testSubset, s);
  }
}
