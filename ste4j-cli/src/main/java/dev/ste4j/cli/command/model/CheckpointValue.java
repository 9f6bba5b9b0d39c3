package dev.ste4j.cli.command.model;

import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.quantizer.Quantizers;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The value a model configuration has for one option key, in words for a conflict message. */
final class CheckpointValue {

  private CheckpointValue() {}

  /** E.g. {@code width 32}, or {@code activation qrelu:bits=2,ste=clipped_relu} for the bits and ste keys. */
  static String describe(ModelConfig c, String key) {
    return switch (key) {
      case "input_quantizer" -> "input_quantizer " + Quantizers.format(c.inputQuantizer());
      case "kernel_quantizer" -> "kernel_quantizer " + Quantizers.format(c.kernelQuantizer());
      case "activation", "bits", "ste" -> "activation " + Quantizers.format(c.activation());
      case "kernel_clip" -> "kernel_clip " + (Float.isNaN(c.kernelClip()) ? "none" : c.kernelClip());
      case "width" -> "width " + c.width();
      case "classes" -> "classes " + c.classes();
      case "input_shape" -> "input_shape " + (c.inputShape() == null ? "(the model's default)"
          : Arrays.stream(c.inputShape()).mapToObj(Integer::toString).collect(Collectors.joining("x")));
      default -> "seed " + c.seed();
    };
  }
}
