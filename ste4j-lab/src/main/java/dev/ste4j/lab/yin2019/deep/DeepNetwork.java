package dev.ste4j.lab.yin2019.deep;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The three networks of Yin et al.'s Table 1, with the dataset and the training schedule of their Table 2.
 * The model names are those of {@link dev.ste4j.nn.model.Models}.
 */
public enum DeepNetwork {
  /** LeNet-5 on MNIST: 50 epochs, batch 64, lr 0.1, ×0.1 at epochs 20 and 40. */
  LENET5("lenet5", "LeNet-5", "mnist", new PaperSchedule(50, 64, 0.1, 0.1, new int[] {20, 40})),
  /** VGG-11 on CIFAR-10: 200 epochs, batch 128, lr 0.01, ×0.1 at epochs 80 and 140. */
  VGG11("vgg11", "VGG-11", "cifar10", new PaperSchedule(200, 128, 0.01, 0.1, new int[] {80, 140})),
  /** ResNet-20 on CIFAR-10: 200 epochs, batch 128, lr 0.01, ×0.1 at epochs 80 and 140. */
  RESNET20("resnet20", "ResNet-20", "cifar10", new PaperSchedule(200, 128, 0.01, 0.1, new int[] {80, 140}));

  private final String key;
  private final String label;
  private final String dataset;
  private final PaperSchedule schedule;

  DeepNetwork(String key, String label, String dataset, PaperSchedule schedule) {
    this.key = key;
    this.label = label;
    this.dataset = dataset;
    this.schedule = schedule;
  }

  /** The model registry name (lenet5, vgg11, resnet20). */
  public String key() {
    return key;
  }

  /** The paper's spelling (LeNet-5, VGG-11, ResNet-20). */
  public String label() {
    return label;
  }

  /** The dataset registry name (mnist or cifar10). */
  public String dataset() {
    return dataset;
  }

  /** The schedule of the paper's Table 2. */
  public PaperSchedule schedule() {
    return schedule;
  }

  /** Parses a model name; an unknown one fails naming the valid ones. */
  public static DeepNetwork parse(String name) {
    String k = name.trim().toLowerCase(Locale.ROOT);
    for (DeepNetwork n : values()) {
      if (n.key.equals(k)) {
        return n;
      }
    }
    throw new IllegalArgumentException("unknown network '" + name + "'; valid: "
        + Arrays.stream(values()).map(DeepNetwork::key).collect(Collectors.joining(", ")));
  }
}
