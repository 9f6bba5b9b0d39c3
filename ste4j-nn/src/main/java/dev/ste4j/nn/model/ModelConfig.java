package dev.ste4j.nn.model;

import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.nn.quantizer.Quantizers;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to build a named model: which quantizers, how wide, how many classes, what input.
 *
 * <p>The quantizers follow Larq's roles: {@code inputQuantizer} quantizes the input of every dense/convolution
 * layer but the first (which sees the data); {@code kernelQuantizer} quantizes every kernel; {@code activation},
 * when set, replaces each activation by BatchNorm without affine followed by this quantizer — Yin et al.'s deep setting
 * ({@code qrelu} with {@code bits} and {@code ste}). All null gives the float network.
 *
 * @param inputQuantizer quantizer of layer inputs, or null
 * @param kernelQuantizer quantizer of kernels, or null
 * @param activation quantized activation (after a BN without affine), or null
 * @param kernelClip c of the kernel constraint |w| ≤ c, or NaN for none
 * @param width the model's base width (hidden units or first-stage channels); 0 for the model's default
 * @param classes number of outputs
 * @param inputShape one sample's shape, e.g. [1, 28, 28]; null for the model's default
 * @param seed seed of the initial weights and of the noise sources
 */
public record ModelConfig(Quantizer inputQuantizer, Quantizer kernelQuantizer, Quantizer activation,
                          float kernelClip, int width, int classes, int[] inputShape, long seed) {

  /** The keys {@link #fromMap} accepts. */
  public static final List<String> KEYS = List.of("input_quantizer", "kernel_quantizer", "activation", "bits", "ste",
      "kernel_clip", "width", "classes", "input_shape", "seed");

  public ModelConfig {
    if (width < 0 || classes < 1) {
      throw new IllegalArgumentException("model config: width must be ≥ 0 and classes ≥ 1, got width=" + width
          + " classes=" + classes);
    }
    if (!Float.isNaN(kernelClip) && !(kernelClip > 0)) {
      throw new IllegalArgumentException("model config: kernel_clip must be positive or none, got " + kernelClip);
    }
    if (inputShape != null) {
      inputShape = inputShape.clone();
      long size = 1;
      for (int d : inputShape) {
        if (d < 1) {
          throw new IllegalArgumentException("model config: input_shape " + Arrays.toString(inputShape)
              + " has a non-positive size");
        }
        size = Math.min(size * d, 1L << 40);
      }
      if (size > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("model config: input_shape " + Arrays.toString(inputShape)
            + " has more than 2^31 - 1 values");
      }
    }
  }

  /** The float network with default width, 10 classes, default input, seed 0. */
  public static ModelConfig defaults() {
    return new ModelConfig(null, null, null, Float.NaN, 0, 10, null, 0L);
  }

  /** Binary weights and activations: ste_sign for inputs and kernels, kernel clip 1 (Hubara et al. 2016). */
  public static ModelConfig binary() {
    Quantizer s = Quantizers.create("ste_sign");
    return new ModelConfig(s, s, null, 1f, 0, 10, null, 0L);
  }

  /** Yin et al.'s deep setting: float weights, BN without affine then qrelu(bits, ste) as every activation. */
  public static ModelConfig yin(int bits, String ste) {
    Quantizer q = Quantizers.create("qrelu", Map.of("bits", Integer.toString(bits), "ste", ste));
    return new ModelConfig(null, null, q, Float.NaN, 0, 10, null, 0L);
  }

  public ModelConfig withInputQuantizer(Quantizer q) {
    return new ModelConfig(q, kernelQuantizer, activation, kernelClip, width, classes, inputShape, seed);
  }

  public ModelConfig withKernelQuantizer(Quantizer q) {
    return new ModelConfig(inputQuantizer, q, activation, kernelClip, width, classes, inputShape, seed);
  }

  public ModelConfig withActivation(Quantizer q) {
    return new ModelConfig(inputQuantizer, kernelQuantizer, q, kernelClip, width, classes, inputShape, seed);
  }

  public ModelConfig withKernelClip(float c) {
    return new ModelConfig(inputQuantizer, kernelQuantizer, activation, c, width, classes, inputShape, seed);
  }

  public ModelConfig withWidth(int w) {
    return new ModelConfig(inputQuantizer, kernelQuantizer, activation, kernelClip, w, classes, inputShape, seed);
  }

  public ModelConfig withClasses(int c) {
    return new ModelConfig(inputQuantizer, kernelQuantizer, activation, kernelClip, width, c, inputShape, seed);
  }

  public ModelConfig withInputShape(int... shape) {
    return new ModelConfig(inputQuantizer, kernelQuantizer, activation, kernelClip, width, classes, shape, seed);
  }

  public ModelConfig withSeed(long s) {
    return new ModelConfig(inputQuantizer, kernelQuantizer, activation, kernelClip, width, classes, inputShape, s);
  }

  @Override
  public int[] inputShape() {
    return inputShape == null ? null : inputShape.clone();
  }

  /** True when no quantizer is set. */
  public boolean isFloat() {
    return inputQuantizer == null && kernelQuantizer == null && activation == null;
  }

  /**
   * Reads a config from string values (a YAML section or CLI options). Keys: input_quantizer, kernel_quantizer,
   * activation (quantizers in the compact form {@code name:key=value,…}, or none), bits and ste (shorthand for
   * activation qrelu:bits=…,ste=…), kernel_clip (a number or none), width, classes, input_shape (e.g. 1x28x28),
   * seed. Starts from {@code base}; an unknown key fails naming it and the valid ones.
   */
  public static ModelConfig fromMap(ModelConfig base, Map<String, String> values) {
    ModelConfig c = base;
    Map<String, String> rest = new LinkedHashMap<>(values);
    for (String key : rest.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("model config: unknown key '" + key + "'; valid: " + String.join(", ", KEYS));
      }
    }
    if (rest.containsKey("input_quantizer")) {
      c = c.withInputQuantizer(Quantizers.parse(rest.get("input_quantizer")));
    }
    if (rest.containsKey("kernel_quantizer")) {
      c = c.withKernelQuantizer(Quantizers.parse(rest.get("kernel_quantizer")));
    }
    if (rest.containsKey("activation")) {
      c = c.withActivation(Quantizers.parse(rest.get("activation")));
    }
    if (rest.containsKey("bits") || rest.containsKey("ste")) {
      if (rest.containsKey("activation")) {
        throw new IllegalArgumentException("model config: give either activation or bits/ste, not both");
      }
      Map<String, String> p = new LinkedHashMap<>();
      p.put("bits", rest.getOrDefault("bits", "2"));
      p.put("ste", rest.getOrDefault("ste", "clipped_relu"));
      c = c.withActivation(Quantizers.create("qrelu", p));
    }
    if (rest.containsKey("kernel_clip")) {
      String v = rest.get("kernel_clip").trim();
      float clip = v.equals("none") ? Float.NaN : number("kernel_clip", v);
      if (!v.equals("none") && !Float.isFinite(clip)) {
        throw new IllegalArgumentException("model config: kernel_clip=" + v + " must be a finite positive number or"
            + " none");
      }
      c = c.withKernelClip(clip);
    }
    if (rest.containsKey("width")) {
      c = c.withWidth(intValue("width", rest.get("width")));
    }
    if (rest.containsKey("classes")) {
      c = c.withClasses(intValue("classes", rest.get("classes")));
    }
    if (rest.containsKey("input_shape")) {
      // Limit -1 keeps trailing empty parts, so "3x" is an error rather than the shape [3].
      String[] parts = rest.get("input_shape").trim().split("[x,×]", -1);
      int[] shape = new int[parts.length];
      for (int i = 0; i < parts.length; i++) {
        if (parts[i].isBlank()) {
          throw new IllegalArgumentException("model config: input_shape=" + rest.get("input_shape")
              + " has an empty size; write sizes like 1x28x28");
        }
        shape[i] = intValue("input_shape", parts[i].trim());
      }
      c = c.withInputShape(shape);
    }
    if (rest.containsKey("seed")) {
      c = c.withSeed(integer("seed", rest.get("seed")));
    }
    return c;
  }

  private static float number(String key, String v) {
    try {
      return Float.parseFloat(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("model config: " + key + "=" + v + " is not a number");
    }
  }

  /** An integer that fits an int: a larger one fails rather than wrapping around. */
  private static int intValue(String key, String v) {
    long x = integer(key, v);
    if (x != (int) x) {
      throw new IllegalArgumentException("model config: " + key + "=" + v.trim() + " is out of range");
    }
    return (int) x;
  }

  private static long integer(String key, String v) {
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("model config: " + key + "=" + v + " is not an integer");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelConfig c && java.util.Objects.equals(inputQuantizer, c.inputQuantizer)
        && java.util.Objects.equals(kernelQuantizer, c.kernelQuantizer)
        && java.util.Objects.equals(activation, c.activation)
        && Float.compare(kernelClip, c.kernelClip) == 0 && width == c.width && classes == c.classes
        && Arrays.equals(inputShape, c.inputShape) && seed == c.seed;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(inputQuantizer, kernelQuantizer, activation, kernelClip, width, classes, seed)
        * 31 + Arrays.hashCode(inputShape);
  }

  @Override
  public String toString() {
    return "ModelConfig[input_quantizer=" + Quantizers.format(inputQuantizer) + ", kernel_quantizer="
        + Quantizers.format(kernelQuantizer) + ", activation=" + Quantizers.format(activation) + ", kernel_clip="
        + (Float.isNaN(kernelClip) ? "none" : kernelClip) + ", width=" + width + ", classes=" + classes
        + ", input_shape=" + (inputShape == null ? "default" : Arrays.toString(inputShape)) + ", seed=" + seed + "]";
  }
}
