package dev.ste4j.cli.command.model;

import dev.ste4j.cli.UserError;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that choose and configure a named model (a picocli mixin): {@code --model} and the keys of
 * {@link ModelConfig#fromMap}.
 */
public final class ModelOptions {

  @Option(names = "--model", required = true, paramLabel = "NAME",
      description = "Model: mlp, lenet5, vgg11, resnet20, bnn-mlp, bnn-vgg-small.")
  String model;

  @Option(names = "--input-quantizer", paramLabel = "Q",
      description = "Quantizer of layer inputs, e.g. ste_sign or ste_sign:clip=1 (none: float).")
  String inputQuantizer;

  @Option(names = "--kernel-quantizer", paramLabel = "Q", description = "Quantizer of kernels (none: float).")
  String kernelQuantizer;

  @Option(names = "--activation", paramLabel = "Q",
      description = "Quantized activation after a BN without affine, e.g. qrelu:bits=2,ste=clipped_relu.")
  String activation;

  @Option(names = "--bits", paramLabel = "B", description = "Shorthand: activation qrelu with these bits (Yin et al.).")
  Integer bits;

  @Option(names = "--ste", paramLabel = "NAME", description = "With --bits: identity, relu or clipped_relu.")
  String ste;

  @Option(names = "--kernel-clip", paramLabel = "C", description = "Kernel constraint |w| ≤ C, or none.")
  String kernelClip;

  @Option(names = "--width", paramLabel = "N",
      description = "Base width (hidden units or first channels); 0 = model default.")
  Integer width;

  @Option(names = "--classes", paramLabel = "N", description = "Number of classes (default 10).")
  Integer classes;

  @Option(names = "--input-shape", paramLabel = "CxHxW", description = "One sample's shape, e.g. 1x28x28.")
  String inputShape;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the initial weights (default 0).")
  Long seed;

  public String model() {
    return model;
  }

  /** The configuration the options describe. */
  public ModelConfig config() {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "input_quantizer", inputQuantizer);
    put(m, "kernel_quantizer", kernelQuantizer);
    put(m, "activation", activation);
    put(m, "bits", bits);
    put(m, "ste", ste);
    put(m, "kernel_clip", kernelClip);
    put(m, "width", width);
    put(m, "classes", classes);
    put(m, "input_shape", inputShape);
    put(m, "seed", seed);
    try {
      return ModelConfig.fromMap(ModelConfig.defaults(), m);
    } catch (IllegalArgumentException e) {
      // ModelConfig names its key (input_shape); the user typed the option (--input-shape).
      for (Map.Entry<String, String> kv : m.entrySet()) {
        if (e.getMessage() != null && e.getMessage().contains(kv.getKey())) {
          throw new UserError("--" + kv.getKey().replace('_', '-') + " " + kv.getValue() + ": " + e.getMessage(), e);
        }
      }
      throw e;
    }
  }

  /** One sample's shape for the chosen model. */
  public int[] sampleShape(ModelConfig c) {
    return Models.inputShape(model, c);
  }

  private static void put(Map<String, String> m, String key, Object value) {
    if (value != null) {
      m.put(key, value.toString());
    }
  }
}
