package dev.ste4j.nn.layer;

import dev.ste4j.tensor.Tensor;

/**
 * A trainable tensor of a module: a leaf that requires grad, with the precision (bits) its values take in the forward
 * pass once quantised (32 for float parameters, 1 for a binary kernel's latent weights). The precision drives
 * optimizer assignment (e.g. Bop for 1-bit), the flip-ratio metric and the model summary.
 */
public final class Parameter {

  private final String name;
  private final Tensor value;
  private final int precision;

  public Parameter(String name, Tensor value, int precision) {
    if (!value.ownsData()) {
      throw new IllegalArgumentException("parameter " + name + " must own contiguous storage");
    }
    if (precision < 1 || precision > 32) {
      throw new IllegalArgumentException("parameter " + name + ": precision must be 1..32 bits, got " + precision);
    }
    this.name = name;
    this.value = value.requiresGrad(true);
    this.precision = precision;
  }

  /** Name within its module (e.g. "kernel"); {@link Module#namedParameters()} prefixes the module path. */
  public String name() {
    return name;
  }

  /** The latent (float) value; optimizers update {@code value().data()} in place. */
  public Tensor value() {
    return value;
  }

  public float[] data() {
    return value.data();
  }

  public int precision() {
    return precision;
  }

  public Tensor grad() {
    return value.grad();
  }

  public void zeroGrad() {
    value.zeroGrad();
  }

  @Override
  public String toString() {
    return name + value.shape() + (precision < 32 ? " (" + precision + "-bit)" : "");
  }
}
