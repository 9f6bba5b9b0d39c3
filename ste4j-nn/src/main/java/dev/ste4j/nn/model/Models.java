package dev.ste4j.nn.model;

import dev.ste4j.nn.layer.AvgPool2d;
import dev.ste4j.nn.layer.BasicBlock;
import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.Flatten;
import dev.ste4j.nn.layer.Layers;
import dev.ste4j.nn.layer.MaxPool2d;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.QuantConv2d;
import dev.ste4j.nn.layer.Sequential;
import dev.ste4j.nn.quantizer.Quantizers;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The model registry: {@link #create(String, ModelConfig)} builds a named network.
 *
 * <ul>
 *   <li>{@code mlp} — flatten, two hidden dense layers of {@code width} (256), each with an activation, classifier.</li>
 *   <li>{@code lenet5} — LeNet-5 for 28×28: conv 5×5 (pad 2) of {@code width} (6) channels, act, max-pool 2,
 *   conv 5×5 of 16·width/6, act, max-pool 2, dense 120, act, dense 84, act, classifier.</li>
 *   <li>{@code vgg11} — CIFAR VGG-11 [64,M,128,M,256,256,M,512,512,M,512,512,M] (scaled by width/64), 3×3 convs with
 *   padding 1 and BN, classifier 512→classes.</li>
 *   <li>{@code resnet20} — CIFAR ResNet-20 (He et al. 2016): conv 3×3 of 16, three stages of three basic blocks with
 *   16/32/64 channels (stride 2 entering stages 2 and 3, projection shortcuts there), global average pool,
 *   classifier.</li>
 *   <li>{@code bnn-mlp}, {@code bnn-vgg-small} — the benchmark models of bench/WORKLOADS.md; their quantizers default to
 *   ste_sign (inputs and kernels) and their kernel clip to 1 when the config leaves them unset.</li>
 *   <li>{@code bnn-cnn} — a small binary VGG-style CNN for 28×28 images (MNIST, Fashion-MNIST): 3×3 convolutions
 *   (padding 1) of width (32), width, max-pool 2, 2·width, 2·width, max-pool 2, each followed by BN; a dense layer of
 *   16·width with BN; classifier. Binary defaults as the other bnn- models.</li>
 * </ul>
 * "act" follows {@link ModelConfig}: BN + quantized activation (Yin et al.), BN alone for quantized inputs, or ReLU.
 */
public final class Models {

  private static final List<String> NAMES = List.of("mlp", "lenet5", "vgg11", "resnet20", "bnn-mlp", "bnn-vgg-small",
      "bnn-cnn");

  private Models() {}

  public static List<String> names() {
    return NAMES;
  }

  /** One sample's shape for a model: the config's, or the model's default. */
  public static int[] inputShape(String name, ModelConfig config) {
    check(name);
    if (config.inputShape() != null) {
      return config.inputShape();
    }
    return switch (name) {
      case "mlp", "lenet5", "bnn-cnn" -> new int[] {1, 28, 28};
      case "bnn-mlp" -> new int[] {784};
      default -> new int[] {3, 32, 32};
    };
  }

  /**
   * The config shaped for a dataset whose samples have {@code sampleShape}: unchanged when it gives an input shape or
   * when the model's default input holds as many values (MNIST's [1, 28, 28] for bnn-mlp's [784], so runs and
   * checkpoints made before this rule keep their model); otherwise with the dataset's shape as the input shape (the
   * 1 × 8 × 8 digits for mlp).
   */
  public static ModelConfig forData(String name, ModelConfig config, int[] sampleShape) {
    if (config.inputShape() != null || product(inputShape(name, config)) == product(sampleShape)) {
      return config;
    }
    return config.withInputShape(sampleShape);
  }

  /**
   * The config a model is actually built from, with every default filled in: the input shape, and for the binary
   * models ste_sign quantizers and kernel clip 1 where unset; two configs that build the same model compare equal here.
   */
  public static ModelConfig resolved(String name, ModelConfig config) {
    ModelConfig c = config.withInputShape(inputShape(name, config));
    return name.startsWith("bnn-") ? binaryDefaults(c) : c;
  }

  /** Builds a named model; its noise sources are seeded from the config's seed. */
  public static Module create(String name, ModelConfig config) {
    check(name);
    int[] in = inputShape(name, config);
    Module m = switch (name) {
      case "mlp" -> mlp(config, in);
      case "lenet5" -> lenet5(config, image(name, in));
      case "vgg11" -> vgg11(config, image(name, in));
      case "resnet20" -> resnet20(config, image(name, in));
      case "bnn-mlp" -> bnnMlp(binaryDefaults(config), in);
      case "bnn-cnn" -> bnnCnn(binaryDefaults(config), image(name, in));
      default -> bnnVggSmall(binaryDefaults(config), image(name, in));
    };
    Layers.seed(m, config.seed() ^ 0x5eed5eedL);
    return m;
  }

  private static void check(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("unknown model '" + name + "'; valid: " + String.join(", ", NAMES));
    }
  }

  private static int[] image(String name, int[] in) {
    if (in.length != 3) {
      throw new IllegalArgumentException(name + ": input_shape must be [C, H, W], got " + Arrays.toString(in));
    }
    return in;
  }

  private static int width(ModelConfig c, int fallback) {
    return c.width() == 0 ? fallback : c.width();
  }

  private static ModelConfig binaryDefaults(ModelConfig c) {
    ModelConfig out = c;
    if (out.inputQuantizer() == null) {
      out = out.withInputQuantizer(Quantizers.create("ste_sign"));
    }
    if (out.kernelQuantizer() == null) {
      out = out.withKernelQuantizer(Quantizers.create("ste_sign"));
    }
    if (Float.isNaN(out.kernelClip())) {
      out = out.withKernelClip(1f);
    }
    return out;
  }

  private static int product(int[] in) {
    return Arrays.stream(in).reduce(1, (a, b) -> a * b);
  }

  private static Module mlp(ModelConfig c, int[] in) {
    int w = width(c, 256);
    Blocks b = new Blocks(c, false);
    Sequential s = new Sequential(new Flatten(), b.dense(product(in), w, true));
    b.activation(w).forEach(s::add);
    s.add(b.dense(w, w, false));
    b.activation(w).forEach(s::add);
    b.head(w, c.classes(), false).forEach(s::add);
    return s;
  }

  private static Module lenet5(ModelConfig c, int[] in) {
    int c1 = width(c, 6);
    int c2 = Math.max(1, Math.round(16f * c1 / 6f));
    int h = (in[1] / 2 - 4) / 2;
    int w = (in[2] / 2 - 4) / 2;
    if (h < 1 || w < 1) {
      throw new IllegalArgumentException("lenet5: input " + Arrays.toString(in) + " is too small (needs ≥ 12×12)");
    }
    Blocks b = new Blocks(c, false);
    Sequential s = new Sequential(b.conv(in[0], c1, 5, 1, 2, true));
    b.activation(c1).forEach(s::add);
    s.add(new MaxPool2d(2));
    s.add(b.conv(c1, c2, 5, 1, 0, false));
    b.activation(c2).forEach(s::add);
    s.add(new MaxPool2d(2));
    s.add(new Flatten());
    s.add(b.dense(c2 * h * w, 120, false));
    b.activation(120).forEach(s::add);
    s.add(b.dense(120, 84, false));
    b.activation(84).forEach(s::add);
    b.head(84, c.classes(), false).forEach(s::add);
    return s;
  }

  private static Module vgg11(ModelConfig c, int[] in) {
    Blocks b = new Blocks(c, true);
    Sequential s = new Sequential();
    int[] out = vggBody(s, b, in, width(c, 64), new int[] {1, 0, 2, 0, 4, 4, 0, 8, 8, 0, 8, 8, 0}, b::activation);
    if (out[1] < 1 || out[2] < 1) {
      throw new IllegalArgumentException("vgg11: input " + Arrays.toString(in) + " is too small (needs ≥ 32×32)");
    }
    s.add(new Flatten());
    b.head(out[0] * out[1] * out[2], c.classes(), false).forEach(s::add);
    return s;
  }

  /**
   * A VGG body into s: per entry p of the plan a 3×3 convolution (stride 1, padding 1) to base·p channels and its
   * activation, per 0 a 2×2 max pool. Returns the [C, H, W] it produces.
   */
  private static int[] vggBody(Sequential s, Blocks b, int[] in, int base, int[] plan,
                               IntFunction<List<Module>> activation) {
    int ch = in[0];
    int h = in[1];
    int w = in[2];
    boolean first = true;
    for (int p : plan) {
      if (p == 0) {
        s.add(new MaxPool2d(2));
        h /= 2;
        w /= 2;
        continue;
      }
      int out = base * p;
      s.add(b.conv(ch, out, 3, 1, 1, first));
      activation.apply(out).forEach(s::add);
      ch = out;
      first = false;
    }
    return new int[] {ch, h, w};
  }

  private static Module resnet20(ModelConfig c, int[] in) {
    int base = width(c, 16);
    Blocks b = new Blocks(c, true);
    Sequential s = new Sequential(b.conv(in[0], base, 3, 1, 1, true));
    b.activation(base).forEach(s::add);
    int ch = base;
    int h = in[1];
    for (int stage = 0; stage < 3; stage++) {
      int out = base << stage;
      for (int block = 0; block < 3; block++) {
        int stride = stage > 0 && block == 0 ? 2 : 1;
        Sequential main = new Sequential(b.conv(ch, out, 3, stride, 1, false));
        b.activation(out).forEach(main::add);
        main.add(b.conv(out, out, 3, 1, 1, false));
        main.add(b.branchNorm(out));
        Module shortcut = null;
        if (stride != 1 || ch != out) {
          QuantConv2d proj = b.conv(ch, out, 1, stride, 0, false);
          shortcut = new Sequential(proj, new BatchNorm(out));
        }
        List<Module> after = b.afterSum(out);
        s.add(new BasicBlock(main, shortcut, after.isEmpty() ? null : new Sequential(after)));
        ch = out;
        h = (h + 2 - 3) / stride + 1;
      }
    }
    if (h < 1) {
      throw new IllegalArgumentException("resnet20: input " + Arrays.toString(in) + " is too small");
    }
    s.add(new AvgPool2d(h));
    s.add(new Flatten());
    b.head(ch, c.classes(), false).forEach(s::add);
    return s;
  }

  private static Module bnnMlp(ModelConfig c, int[] in) {
    int w = width(c, 1024);
    Blocks b = new Blocks(c, true);
    Sequential s = new Sequential(new Flatten());
    int fanIn = product(in);
    for (int i = 0; i < 3; i++) {
      s.add(b.dense(fanIn, w, i == 0));
      s.add(new BatchNorm(w));
      fanIn = w;
    }
    b.head(w, c.classes(), false).forEach(s::add);
    return s;
  }

  private static Module bnnVggSmall(ModelConfig c, int[] in) {
    Blocks b = new Blocks(c, true);
    Sequential s = new Sequential();
    int[] out = vggBody(s, b, in, width(c, 64), new int[] {1, 1, 0, 2, 2, 0, 4, 4, 0},
        ch -> List.of(new BatchNorm(ch)));
    s.add(new Flatten());
    b.head(out[0] * out[1] * out[2], c.classes(), false).forEach(s::add);
    return s;
  }

  private static Module bnnCnn(ModelConfig c, int[] in) {
    Blocks b = new Blocks(c, true);
    Sequential s = new Sequential();
    int base = width(c, 32);
    int[] out = vggBody(s, b, in, base, new int[] {1, 1, 0, 2, 2, 0}, ch -> List.of(new BatchNorm(ch)));
    if (out[1] < 1 || out[2] < 1) {
      throw new IllegalArgumentException("bnn-cnn: input " + Arrays.toString(in) + " is too small (needs ≥ 4×4)");
    }
    int hidden = 16 * base;
    s.add(new Flatten());
    s.add(b.dense(out[0] * out[1] * out[2], hidden, false));
    s.add(new BatchNorm(hidden));
    b.head(hidden, c.classes(), false).forEach(s::add);
    return s;
  }
}
