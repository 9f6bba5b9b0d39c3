package dev.ste4j.nn.model;

import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.QuantActivation;
import dev.ste4j.nn.layer.QuantConv2d;
import dev.ste4j.nn.layer.QuantDense;
import dev.ste4j.nn.layer.QuantLayerBuilder;
import dev.ste4j.nn.layer.Relu;
import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the layers of the named models from one {@link ModelConfig}, so every model applies the quantizers the same
 * way: the first layer sees the data unquantized, every kernel takes the kernel quantizer, and an "activation" is
 * <ul>
 *   <li>BN without affine + the quantized activation, when the config sets one (Yin et al.);</li>
 *   <li>BN alone, when layer inputs are quantized (the next layer's input quantizer is the nonlinearity, as in
 *   Hubara et al.'s BNN);</li>
 *   <li>BN (when the model uses it) + ReLU otherwise.</li>
 * </ul>
 * Layers followed by a BN have no bias. Each layer's initial weights come from its own split of the seed.
 */
final class Blocks {

  private final ModelConfig config;
  private final boolean batchNorm;
  private final Rng seeds;
  private int next;

  /**
   * @param config the quantizers and seed
   * @param batchNorm whether float activations get a BN too (VGG and ResNet always; MLP and LeNet only when quantized)
   */
  Blocks(ModelConfig config, boolean batchNorm) {
    this.config = config;
    this.batchNorm = batchNorm || !config.isFloat();
    this.seeds = new Rng(config.seed());
  }

  private Rng init() {
    return seeds.split(next++);
  }

  private Quantizer input(boolean first) {
    return first ? null : config.inputQuantizer();
  }

  /** The config's quantizers and clip on a layer's options; the first layer's input stays unquantized. */
  private <B extends QuantLayerBuilder<B, ?>> B quantized(B options, boolean first, boolean bias) {
    options.inputQuantizer(input(first)).kernelQuantizer(config.kernelQuantizer()).useBias(bias);
    return Float.isNaN(config.kernelClip()) ? options : options.clip(config.kernelClip());
  }

  /** A convolution whose output goes into {@link #activation} (so no bias when that starts with a BN). */
  QuantConv2d conv(int in, int out, int k, int stride, int padding, boolean first) {
    return quantized(QuantConv2d.builder(in, out, k).stride(stride).padding(padding), first, !batchNorm)
        .build(init());
  }

  /** A dense layer whose output goes into {@link #activation}. */
  QuantDense dense(int in, int out, boolean first) {
    return quantized(QuantDense.builder(in, out), first, !batchNorm).build(init());
  }

  /** The nonlinearity after a layer with the given channels (see the class comment). */
  List<Module> activation(int channels) {
    List<Module> out = new ArrayList<>();
    if (config.activation() != null) {
      out.add(new BatchNorm(channels, false));
      out.add(new QuantActivation(config.activation(), null));
    } else if (config.inputQuantizer() != null) {
      out.add(new BatchNorm(channels));
    } else {
      if (batchNorm) {
        out.add(new BatchNorm(channels));
      }
      out.add(new Relu());
    }
    return out;
  }

  /**
   * The classifier: a dense layer to the classes, followed by a BN when inputs are quantized (so the binary logits
   * get a scale, as in bnn-mlp).
   */
  List<Module> head(int in, int classes, boolean first) {
    boolean bn = config.inputQuantizer() != null;
    List<Module> out = new ArrayList<>();
    out.add(quantized(QuantDense.builder(in, classes), first, !bn).build(init()));
    if (bn) {
      out.add(new BatchNorm(classes));
    }
    return out;
  }

  /** The BN closing a residual branch before the sum (always affine: the scale-free BN precedes activations only). */
  BatchNorm branchNorm(int channels) {
    return new BatchNorm(channels);
  }

  /** What follows the residual sum: the activation without its leading BN for binary inputs (nothing), else it. */
  List<Module> afterSum(int channels) {
    if (config.activation() == null && config.inputQuantizer() != null) {
      return List.of();
    }
    if (config.activation() == null) {
      return List.of(new Relu());
    }
    return activation(channels);
  }
}
