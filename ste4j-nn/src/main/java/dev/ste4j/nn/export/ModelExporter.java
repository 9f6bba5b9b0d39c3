package dev.ste4j.nn.export;

import static dev.ste4j.nn.export.ExportFormat.*;

import dev.ste4j.nn.data.ChannelStats;
import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.nn.export.onnx.OnnxExporter;
import dev.ste4j.nn.export.onnx.OnnxFormat;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.tensor.kernel.PackedBits;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes a model in the format of docs/EXPORT_FORMAT.md: binary (sign) kernels as the real ±1 values bit-packed with
 * {@link PackedBits} (not the latent floats), other kernels as the float32 values their quantizer gives in evaluation,
 * batch-norm statistics and biases as float32. Dropout is dropped (the identity in evaluation). The file is written to
 * a temporary sibling and renamed, so an existing file is never left half-written. Each layer kind's record is written
 * by its {@link LayerCodec}. {@link #exportOnnx} writes ONNX or QONNX instead, for other runtimes.
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
      RecordWriter.string(out, modelName);
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
      List<Module> modules = InferenceModules.flatten(model);
      out.writeInt(modules.size());
      RecordWriter.records(out, modules);
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
    return write(file, encode(model, modelName, inputShape, preprocessing));
  }

  /**
   * Writes the model as standard ONNX or as QONNX ({@link OnnxExporter}, docs/EXPORT_FORMAT.md section ONNX) with the
   * preprocessing its raw inputs need, atomically; returns the file size in bytes.
   */
  public static long exportOnnx(Module model, String modelName, int[] inputShape, Preprocessing preprocessing,
                                OnnxFormat format, Path file) throws IOException {
    return write(file, OnnxExporter.encode(model, modelName, inputShape, preprocessing, format));
  }

  private static long write(Path file, byte[] bytes) throws IOException {
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
}
