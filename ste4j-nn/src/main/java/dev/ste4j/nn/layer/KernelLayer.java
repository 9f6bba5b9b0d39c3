package dev.ste4j.nn.layer;

import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.PackedBits;
import dev.ste4j.tensor.random.Rng;

/**
 * The shared state of {@link QuantDense} and {@link QuantConv2d}: quantizers, constraint, latent switch, noise source,
 * and the choice of the bit-packed forward.
 *
 * <p>When both quantizers are one-bit and the quantized input and kernel hold only ±1 values (sign-type quantizers:
 * {@code ste_sign}, {@code approx_sign}, {@code stochastic_sign}, …), the forward runs on the XNOR-popcount kernels of
 * {@link dev.ste4j.tensor.ops.BinaryLinalg}; the backward is the float backward of the same product on the same ±1
 * values, and the quantizers' straight-through backward is untouched. A ±1 dot product is an exact integer (below
 * 2²⁴), so the packed forward gives bitwise the float forward's values and training is bitwise the same either way.
 * Anything else ({0, 1} outputs, scaled signs, latent weights) takes the float path.
 */
abstract class KernelLayer extends RandomizedLayer implements QuantizedLayer {

  private static final System.Logger LOG = System.getLogger(KernelLayer.class.getName());

  private final Quantizer inputQuantizer;
  private final Quantizer kernelQuantizer;
  private final float kernelClip;
  private Parameter kernel;
  private Parameter bias;
  private boolean latent;
  private boolean packed = true;

  KernelLayer(QuantLayerBuilder<?, ?> options, Rng noise) {
    super(noise == null ? new Rng(0) : noise);
    if (!Float.isNaN(options.clip) && !(options.clip > 0)) {
      throw new IllegalArgumentException(getClass().getSimpleName() + ": kernel clip must be positive, got "
          + options.clip);
    }
    this.inputQuantizer = options.inputQuantizer;
    this.kernelQuantizer = options.kernelQuantizer;
    this.kernelClip = options.clip;
  }

  /**
   * Registers the kernel (with the kernel quantizer's precision) and, when asked, a zero bias of the given size; logs
   * the clip warning.
   */
  final void register(Tensor kernelValue, boolean useBias, int biasSize) {
    kernel = addParameter(new Parameter("kernel", kernelValue,
        kernelQuantizer == null ? 32 : kernelQuantizer.precision()));
    bias = useBias ? addParameter(new Parameter("bias", Tensor.zeros(biasSize), 32)) : null;
    warning().ifPresent(w -> LOG.log(System.Logger.Level.WARNING, w));
  }

  /** The input as the multiply-accumulates see it. */
  final Tensor quantizeInput(Tensor x) {
    return inputQuantizer == null ? x : inputQuantizer.quantize(x, isTraining() ? rng() : null);
  }

  /** The kernel as the forward uses it: quantized on read, or latent when switched. */
  public final Tensor effectiveKernel() {
    if (kernelQuantizer == null || latent) {
      return kernel.value();
    }
    return kernelQuantizer.quantize(kernel.value(), isTraining() ? rng() : null);
  }

  @Override
  public final Quantizer inputQuantizer() {
    return inputQuantizer;
  }

  @Override
  public final Quantizer kernelQuantizer() {
    return kernelQuantizer;
  }

  @Override
  public final float kernelClip() {
    return kernelClip;
  }

  @Override
  public final Parameter kernel() {
    return kernel;
  }

  @Override
  public final Parameter bias() {
    return bias;
  }

  @Override
  public final void applyConstraint() {
    if (Float.isNaN(kernelClip)) {
      return;
    }
    try (var s = NoGrad.enter()) {
      float[] w = kernel.data();
      for (int i = 0; i < w.length; i++) {
        w[i] = Math.min(Math.max(w[i], -kernelClip), kernelClip);
      }
    }
  }

  @Override
  public final void useLatentWeights(boolean on) {
    latent = on;
  }

  @Override
  public final boolean usesLatentWeights() {
    return latent;
  }

  /**
   * Allows (the default) or forbids the bit-packed forward; forbidding it forces the float GEMM/convolution, which
   * gives the same values — useful to compare the two paths.
   */
  public final void usePackedKernels(boolean on) {
    packed = on;
  }

  public final boolean usesPackedKernels() {
    return packed;
  }

  /**
   * True when the product of this quantized input and kernel may run on the packed kernels: allowed, both quantizers
   * one-bit, weights not latent, and every value of both exactly ±1 (checked here, one pass over each, unless the
   * quantizer guarantees it: {@link Quantizer#emitsSigns()}).
   */
  final boolean packedForward(Tensor qx, Tensor qk) {
    return packed && !latent && inputQuantizer != null && kernelQuantizer != null
        && inputQuantizer.precision() == 1 && kernelQuantizer.precision() == 1
        && (kernelQuantizer.emitsSigns() || allSigns(qk)) && (inputQuantizer.emitsSigns() || allSigns(qx));
  }

  private static boolean allSigns(Tensor t) {
    Tensor c = t.contiguous();
    return PackedBits.allSigns(c.storage(), c.offset(), c.size());
  }

  /** The quantizer part of {@link #toString()}. */
  final String quantizerText() {
    StringBuilder sb = new StringBuilder();
    if (inputQuantizer != null) {
      sb.append(", input=").append(inputQuantizer.describe());
    }
    if (kernelQuantizer != null) {
      sb.append(", kernel=").append(kernelQuantizer.describe());
    }
    if (!Float.isNaN(kernelClip)) {
      sb.append(", clip=").append(kernelClip);
    }
    return sb.toString();
  }

  /** Glorot-uniform values U(−b, b), b = √(6/(fanIn + fanOut)) (Larq's and Keras's default). */
  static Tensor glorot(Rng rng, int fanIn, int fanOut, int... dims) {
    float b = (float) Math.sqrt(6.0 / (fanIn + fanOut));
    return Tensor.rand(rng, -b, b, dims);
  }
}
