package dev.ste4j.nn.export;

import static dev.ste4j.nn.export.ExportFormat.*;

import dev.ste4j.nn.data.ChannelStats;
import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.nn.layer.AvgPool2d;
import dev.ste4j.nn.layer.BasicBlock;
import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.Dropout;
import dev.ste4j.nn.layer.Flatten;
import dev.ste4j.nn.layer.HardTanh;
import dev.ste4j.nn.layer.MaxPool2d;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.QuantActivation;
import dev.ste4j.nn.layer.QuantConv2d;
import dev.ste4j.nn.layer.QuantDense;
import dev.ste4j.nn.layer.QuantizedLayer;
import dev.ste4j.nn.layer.Relu;
import dev.ste4j.nn.layer.Sequential;
import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.nn.quantizer.Quantizers;
import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.kernel.PackedBits;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a model in the format of docs/EXPORT_FORMAT.md: binary (sign) kernels as the real ±1 values bit-packed with
 * {@link PackedBits} (not the latent floats), other kernels as the float32 values their quantizer gives in evaluation,
 * batch-norm statistics and biases as float32. Dropout is dropped (the identity in evaluation). The file is written to
 * a temporary sibling and renamed, so an existing file is never left half-written.
 */
public final class ModelExporter {

  private ModelExporter() {}

  /** The encoded bytes of a model that takes its inputs as they are (identity preprocessing). */
  public static byte[] encode(Module model, String modelName, int[] inputShape) {
    return encode(model, modelName, inputShape, Preprocessing.IDENTITY);
  }

  /**
   * The encoded bytes of a model whose raw inputs go through {@code preprocessing} (see
   * {@link ExportedModel#predictRaw}); its channel count must be 0 or that of the input shape.
   */
  public static byte[] encode(Module model, String modelName, int[] inputShape, Preprocessing preprocessing) {
    int channels = ChannelStats.channels(inputShape);
    if (preprocessing.channels() != 0 && preprocessing.channels() != channels) {
      throw new IllegalArgumentException(modelName + ": preprocessing for " + preprocessing.channels()
          + " channels, the input shape " + java.util.Arrays.toString(inputShape) + " has " + channels);
    }
    try {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(buf);
      out.write(MAGIC);
      out.writeShort(VERSION);
      writeString(out, modelName);
      out.writeByte(inputShape.length);
      for (int d : inputShape) {
        out.writeInt(d);
      }
      out.writeShort(preprocessing.channels());
      out.writeFloat(preprocessing.rawMax());
      for (float v : preprocessing.mean()) {
        out.writeFloat(v);
      }
      for (float v : preprocessing.invStd()) {
        out.writeFloat(v);
      }
      List<byte[]> records = records(flatten(model));
      out.writeInt(records.size());
      for (byte[] r : records) {
        out.write(r);
      }
      out.flush();
      return buf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the model (identity preprocessing) atomically; returns the file size in bytes. */
  public static long export(Module model, String modelName, int[] inputShape, Path file) throws IOException {
    return export(model, modelName, inputShape, Preprocessing.IDENTITY, file);
  }

  /** Writes the model with the preprocessing its raw inputs need, atomically; returns the file size in bytes. */
  public static long export(Module model, String modelName, int[] inputShape, Preprocessing preprocessing, Path file)
      throws IOException {
    byte[] bytes = encode(model, modelName, inputShape, preprocessing);
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    // A sibling temporary (same file system, so the rename is atomic) with the default permissions of new files.
    Path tmp = dir.resolve("." + abs.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime()
        + ".tmp");
    try {
      Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return bytes.length;
  }

  /** Sequential containers dissolve into their members; everything else stays. */
  private static List<Module> flatten(Module m) {
    List<Module> out = new ArrayList<>();
    if (m instanceof Sequential s) {
      s.modules().forEach(c -> out.addAll(flatten(c)));
    } else if (!(m instanceof Dropout)) {
      out.add(m);
    }
    return out;
  }

  private static List<byte[]> records(List<Module> modules) throws IOException {
    List<byte[]> out = new ArrayList<>();
    for (Module m : modules) {
      out.add(record(m));
    }
    return out;
  }

  private static byte[] record(Module m) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    DataOutputStream p = new DataOutputStream(buf);
    int type;
    if (m instanceof QuantDense d) {
      type = DENSE;
      p.writeInt(d.inFeatures());
      p.writeInt(d.outFeatures());
      writeKernelLayer(p, d, d.outFeatures(), d.inFeatures());
    } else if (m instanceof QuantConv2d c) {
      type = CONV2D;
      p.writeInt(c.inChannels());
      p.writeInt(c.outChannels());
      p.writeInt(c.kernelSize());
      p.writeInt(c.stride());
      p.writeInt(c.padding());
      writeKernelLayer(p, c, c.outChannels(), c.inChannels() * c.kernelSize() * c.kernelSize());
    } else if (m instanceof BatchNorm bn) {
      type = BATCH_NORM;
      p.writeInt(bn.channels());
      p.writeFloat(bn.eps());
      writeFloats(p, bn.gammaValues());
      writeFloats(p, bn.betaValues());
      writeFloats(p, bn.runningMean());
      writeFloats(p, bn.runningVar());
    } else if (m instanceof MaxPool2d mp) {
      type = MAX_POOL;
      p.writeInt(mp.kernel());
      p.writeInt(mp.stride());
    } else if (m instanceof AvgPool2d ap) {
      type = AVG_POOL;
      p.writeInt(ap.kernel());
      p.writeInt(ap.stride());
    } else if (m instanceof Flatten) {
      type = FLATTEN;
    } else if (m instanceof Relu) {
      type = RELU;
    } else if (m instanceof HardTanh) {
      type = HARD_TANH;
    } else if (m instanceof QuantActivation a) {
      type = QUANT_ACTIVATION;
      writeString(p, Quantizers.format(a.quantizer()));
    } else if (m instanceof BasicBlock b) {
      type = RESIDUAL;
      List<Module> main = flatten(b.main());
      List<Module> shortcut = b.shortcut() == null ? List.of() : flatten(b.shortcut());
      List<Module> post = b.post() == null ? List.of() : flatten(b.post());
      p.writeInt(main.size());
      p.writeInt(shortcut.size());
      p.writeInt(post.size());
      for (byte[] r : records(main)) {
        p.write(r);
      }
      for (byte[] r : records(shortcut)) {
        p.write(r);
      }
      for (byte[] r : records(post)) {
        p.write(r);
      }
    } else {
      throw new IllegalArgumentException("export: cannot export module " + m + " (" + m.getClass().getSimpleName()
          + ")");
    }
    p.flush();
    ByteArrayOutputStream rec = new ByteArrayOutputStream();
    DataOutputStream r = new DataOutputStream(rec);
    r.writeByte(type);
    r.writeInt(buf.size());
    buf.writeTo(r);
    r.flush();
    return rec.toByteArray();
  }

  /** Input mode, kernel mode, bias flag, kernel, bias: the part shared by dense and convolution records. */
  private static void writeKernelLayer(DataOutputStream p, QuantizedLayer l, int rows, int cols) throws IOException {
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
      writeString(p, Quantizers.format(in));
    }
    float[] w = l.kernel().data();
    if (packed) {
      // Packing maps w ≥ 0 to +1: exactly the sign quantizers' forward, so the bits are the real binary weights.
      PackedBits bits = PackedBits.pack(w, 0, rows, cols);
      for (long word : bits.words()) {
        p.writeLong(word);
      }
    } else if (k == null || l.usesLatentWeights()) {
      writeFloats(p, w);
    } else {
      try (var s = NoGrad.enter()) {
        writeFloats(p, k.quantize(l.kernel().value().detach()).data());
      }
    }
    if (l.bias() != null) {
      writeFloats(p, l.bias().data());
    }
  }

  private static void writeFloats(DataOutputStream p, float[] v) throws IOException {
    for (float f : v) {
      p.writeFloat(f);
    }
  }

  static void writeString(DataOutputStream p, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length > MAX_NAME_BYTES) {
      throw new IllegalArgumentException("export: name too long (" + b.length + " bytes): " + s);
    }
    p.writeShort(b.length);
    p.write(b);
  }
}
