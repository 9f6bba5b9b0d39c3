package dev.ste4j.nn.export;

import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.PackedBits;

/**
 * The weights of a loaded dense or convolution record: a bit-packed ±1 kernel or float values, an optional bias, and
 * how the input is quantized.
 *
 * @param rows output units or channels
 * @param cols inputs per output (in, or C·k·k)
 * @param inputMode {@link ExportFormat#INPUT_FLOAT}, {@link ExportFormat#INPUT_SIGN} or
 *     {@link ExportFormat#INPUT_QUANTIZER}
 * @param inputQuantizer the quantizer for {@code INPUT_QUANTIZER}, else null
 * @param packed the ±1 kernel, or null for a float kernel
 * @param floats the float kernel (rows·cols), or the unpacked ±1 values when packed
 * @param bias the bias (rows), or null
 */
record Kernel(int rows, int cols, int inputMode, Quantizer inputQuantizer, PackedBits packed, float[] floats,
              float[] bias) {

  /** True when both operands are ±1, so the product runs as XNOR-popcount. */
  boolean isBinary() {
    return packed != null && inputMode == ExportFormat.INPUT_SIGN;
  }

  /** The input as the training graph multiplies it (sign with sign(0) = +1, a quantizer, or as is). */
  Tensor quantizeInput(Tensor x) {
    return switch (inputMode) {
      case ExportFormat.INPUT_SIGN -> dev.ste4j.tensor.ops.Elementwise.map("sign", x, v -> v >= 0f ? 1f : -1f,
          v -> 0f);
      case ExportFormat.INPUT_QUANTIZER -> inputQuantizer.quantize(x);
      default -> x;
    };
  }

  String text() {
    String in = switch (inputMode) {
      case ExportFormat.INPUT_SIGN -> "sign input";
      case ExportFormat.INPUT_QUANTIZER -> inputQuantizer.describe() + " input";
      default -> "float input";
    };
    return in + ", " + (packed != null ? "packed ±1 kernel" : "float kernel") + (bias != null ? ", bias" : "");
  }
}
