package dev.ste4j.nn.layer;

import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.tensor.random.Rng;

/**
 * The keyword arguments {@link QuantDense} and {@link QuantConv2d} share, after Larq's {@code input_quantizer},
 * {@code kernel_quantizer}, {@code kernel_constraint} and {@code use_bias}. Defaults: no quantizers (a float layer), no
 * clip, a bias. The geometry is given to the layer's {@code builder(…)}; the source of the initial weights to
 * {@link #build(Rng)}, so that it cannot be forgotten.
 *
 * <pre>{@code
 * QuantDense d = QuantDense.builder(784, 256).inputQuantizer(sign).kernelQuantizer(sign).clip(1.0).useBias(false)
 *     .build(rng);
 * }</pre>
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <L> the layer built
 */
public abstract class QuantLayerBuilder<B extends QuantLayerBuilder<B, L>, L extends Layer> {

  Quantizer inputQuantizer;
  Quantizer kernelQuantizer;
  float clip = Float.NaN;
  boolean useBias = true;

  QuantLayerBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** The quantizer applied to the layer's input; null (the default) for none. */
  public final B inputQuantizer(Quantizer q) {
    inputQuantizer = q;
    return self();
  }

  /** The quantizer applied to the latent kernel on read; null (the default) for none (float weights). */
  public final B kernelQuantizer(Quantizer q) {
    kernelQuantizer = q;
    return self();
  }

  /** The kernel constraint |W| ≤ c applied after each optimizer step (c &gt; 0); by default there is none. */
  public final B clip(double c) {
    clip = (float) c;
    return self();
  }

  /** Whether the layer adds a bias (default true; false where a batch norm follows). */
  public final B useBias(boolean on) {
    useBias = on;
    return self();
  }

  /** The layer, its Glorot-uniform kernel drawn from {@code init}. */
  public abstract L build(Rng init);
}
