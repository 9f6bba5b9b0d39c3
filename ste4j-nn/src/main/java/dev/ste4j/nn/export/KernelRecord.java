package dev.ste4j.nn.export;

import static dev.ste4j.nn.export.ExportFormat.*;

import dev.ste4j.nn.layer.QuantizedLayer;
import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.nn.quantizer.Quantizers;
import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.kernel.PackedBits;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The part dense and convolution records share: input mode, kernel mode, bias flag, the input quantizer's spec (for
 * {@link ExportFormat#INPUT_QUANTIZER}), the kernel (bit-packed or float32) and the bias.
 */
final class KernelRecord {

  private KernelRecord() {}

  /** Writes the kernel part of a layer whose kernel is rows × cols. */
  static void write(DataOutputStream p, QuantizedLayer l, int rows, int cols) throws IOException {
    Quantizer in = l.inputQuantizer();
    if (in == null) {
      p.writeByte(INPUT_FLOAT);
    } else if (SIGN_QUANTIZERS.contains(in.name())) {
      p.writeByte(INPUT_SIGN);
    } else {
      if (in.isStochastic()) {
        throw new IllegalArgumentException("export: input quantizer " + in.describe() + " is stochastic");
      }
      p.writeByte(INPUT_QUANTIZER);
    }
    Quantizer k = l.kernelQuantizer();
    boolean packed = k != null && !l.usesLatentWeights() && SIGN_QUANTIZERS.contains(k.name());
    p.writeByte(packed ? KERNEL_PACKED_SIGN : KERNEL_FLOAT);
    p.writeByte(l.bias() == null ? 0 : 1);
    if (in != null && !SIGN_QUANTIZERS.contains(in.name())) {
      RecordWriter.string(p, Quantizers.format(in));
    }
    float[] w = l.kernel().data();
    if (packed) {
      // Packing maps w ≥ 0 to +1: exactly the sign quantizers' forward, so the bits are the real binary weights.
      PackedBits bits = PackedBits.pack(w, 0, rows, cols);
      for (long word : bits.words()) {
        p.writeLong(word);
      }
    } else if (k == null || l.usesLatentWeights()) {
      RecordWriter.floats(p, w);
    } else {
      try (var s = NoGrad.enter()) {
        RecordWriter.floats(p, k.quantize(l.kernel().value().detach()).data());
      }
    }
    if (l.bias() != null) {
      RecordWriter.floats(p, l.bias().data());
    }
  }

  /** Reads the kernel part; checks the payload has exactly the size the header implies before allocating. */
  static Kernel read(RecordReader r, String where, int rows, int cols, long end) {
    int inputMode = r.buf.get() & 0xFF;
    int kernelMode = r.buf.get() & 0xFF;
    int hasBias = r.buf.get() & 0xFF;
    if (inputMode > INPUT_QUANTIZER || kernelMode > KERNEL_PACKED_SIGN || hasBias > 1) {
      throw r.fail(where + ": invalid modes input=" + inputMode + " kernel=" + kernelMode + " bias=" + hasBias);
    }
    Quantizer q = inputMode == INPUT_QUANTIZER ? r.quantizer(where) : null;
    long kernelBytes = kernelMode == KERNEL_PACKED_SIGN
        ? 8L * rows * PackedBits.wordsFor(cols) : 4L * rows * cols;
    r.expect(where, end, kernelBytes + (hasBias == 1 ? 4L * rows : 0));
    PackedBits packed = null;
    float[] values;
    if (kernelMode == KERNEL_PACKED_SIGN) {
      long[] words = new long[rows * PackedBits.wordsFor(cols)];
      for (int i = 0; i < words.length; i++) {
        words[i] = r.buf.getLong();
      }
      try {
        packed = PackedBits.wrap(rows, cols, words);
      } catch (IllegalArgumentException e) {
        throw r.fail(where + ": " + e.getMessage());
      }
      values = packed.unpack();
    } else {
      values = r.floats(rows * cols);
    }
    float[] bias = hasBias == 1 ? r.floats(rows) : null;
    return new Kernel(rows, cols, inputMode, q, packed, values, bias);
  }
}
