package dev.ste4j.cli.command.model;

import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.train.RunCheckpoint;
import dev.ste4j.nn.data.store.Datasets;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that choose and configure a named model (a picocli mixin): {@code --model} and the keys of
 * {@link ModelConfig#fromMap}; {@code --data} shapes the model for a dataset; {@code --checkpoint} takes the model,
 * its options and its weights from a checkpoint of ste train, and any option also given must agree with it.
 */
public final class ModelOptions {

  @Option(names = "--model", paramLabel = "NAME",
      description = "Model: mlp, lenet5, vgg11, resnet20, bnn-mlp, bnn-vgg-small, bnn-cnn.")
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

  @Option(names = "--data", paramLabel = "NAME", description = "Shape the model for this dataset (mnist, "
      + "fashion-mnist, digits, cifar10): its class count and, unless the model's default input holds its samples, "
      + "their shape.")
  String data;

  @Option(names = "--checkpoint", paramLabel = "RUN_OR_FILE", description = "A run folder of ste train or its "
      + "checkpoint: the model, its options and weights come from it; options given as well must agree with it.")
  Path checkpoint;

  /** The model the options choose: from the checkpoint when one is given, else from --model and the others. */
  public ChosenModel choose() {
    Map<String, String> given = given();
    if (checkpoint == null) {
      if (model == null) {
        throw new UserError("give the model: --model NAME, or --checkpoint RUN_DIR of a ste train run");
      }
      ModelConfig base = ModelConfig.defaults();
      if (data != null) {
        base = base.withClasses(Datasets.get(data).numClasses());
      }
      ModelConfig c = withOptions(base, given);
      if (data != null) {
        c = Models.forData(model, c, Datasets.get(data).sampleShape());
      }
      return new ChosenModel(model, c, null);
    }
    RunCheckpoint run = RunCheckpoint.read(checkpoint);
    agree("--model", model, "model", run.model());
    agree("--data", data, "dataset", run.config().data());
    ModelConfig saved = Models.resolved(run.model(), run.modelConfig());
    given.forEach((key, value) -> {
      ModelConfig asked = Models.resolved(run.model(), withOptions(run.modelConfig(), Map.of(key, value)));
      if (!asked.equals(saved)) {
        throw new UserError(option(key) + " " + value + " conflicts with the checkpoint's "
            + CheckpointValue.describe(saved, key) + " (" + run.file() + ")");
      }
    });
    return new ChosenModel(run.model(), run.modelConfig(), run);
  }

  private void agree(String option, String given, String what, String saved) {
    if (given != null && !given.equals(saved)) {
      throw new UserError(option + " " + given + " conflicts with the checkpoint's " + what + " " + saved + " ("
          + checkpoint + ")");
    }
  }

  /** The model options given on the command line, by config key. */
  private Map<String, String> given() {
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
    return m;
  }

  private static ModelConfig withOptions(ModelConfig base, Map<String, String> m) {
    try {
      return ModelConfig.fromMap(base, m);
    } catch (IllegalArgumentException e) {
      // ModelConfig names its key (input_shape); the user typed the option (--input-shape).
      for (Map.Entry<String, String> kv : m.entrySet()) {
        if (e.getMessage() != null && e.getMessage().contains(kv.getKey())) {
          throw new UserError(option(kv.getKey()) + " " + kv.getValue() + ": " + e.getMessage(), e);
        }
      }
      throw e;
    }
  }

  private static String option(String key) {
    return "--" + key.replace('_', '-');
  }

  private static void put(Map<String, String> m, String key, Object value) {
    if (value != null) {
      m.put(key, value.toString());
    }
  }
}
