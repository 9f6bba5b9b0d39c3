package dev.ste4j.bench;

import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;

/**
 * The benchmark models of shared/bench/WORKLOADS.md as the library builds them for its users: {@link Models#create}
 * with the defaults of {@code ste train} (ste_sign inputs and kernels, kernel clip 1, seed 0), a width of 0 meaning
 * the model's own.
 */
public final class BenchModels {

  private BenchModels() {}

  /** bnn-mlp: 784 → width → width → width → 10, binary dense layers behind batch norm. */
  public static Module bnnMlp(int width) {
    return Models.create("bnn-mlp", ModelConfig.defaults().withWidth(width));
  }

  /** bnn-vgg-small on 3×32×32 with {@code width} base channels. */
  public static Module bnnVggSmall(int width) {
    return Models.create("bnn-vgg-small", ModelConfig.defaults().withWidth(width));
  }
}
