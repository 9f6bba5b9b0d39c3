package dev.ste4j.nn.export;

import static dev.ste4j.nn.export.ExportFormat.*;

import dev.ste4j.nn.data.ChannelStats;
import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.tensor.Shape;
import dev.ste4j.tensor.Tensor;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the bytes of an exported model: the header and the preprocessing here, the records by {@link RecordReader}
 * and the layer kinds' {@link LayerCodec}s. Every length read from the file is checked against the bytes that remain
 * before anything is allocated; every failure becomes a {@link ModelFileException} naming the file and the problem.
 */
final class ModelReader {

  private final Path file;
  private final RecordReader in;
  private final ByteBuffer buf;

  ModelReader(Path file, byte[] bytes) {
    this.file = file;
    this.in = new RecordReader(file, bytes);
    this.buf = in.buf;
  }

  private ModelFileException fail(String problem) {
    return in.fail(problem);
  }

  /** Reads the header and records; returns the parsed model. */
  ExportedModel read(String expectedName) {
    try {
      byte[] magic = new byte[MAGIC.length];
      if (buf.remaining() < MAGIC.length) {
        throw fail("too short to be an exported model (" + buf.remaining() + " bytes)");
      }
      buf.get(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw fail("bad magic (not an ste4j exported model)");
      }
      int version = buf.getShort() & 0xFFFF;
      if (version != VERSION && version != VERSION_WITHOUT_PREPROCESSING) {
        throw fail("format version " + version + " is not supported (this build reads versions "
            + VERSION_WITHOUT_PREPROCESSING + " and " + VERSION + ")");
      }
      String name = in.string();
      if (expectedName != null && !expectedName.equals(name)) {
        throw fail("holds model '" + name + "', not '" + expectedName + "'");
      }
      int rank = buf.get() & 0xFF;
      if (rank > MAX_RANK) {
        throw fail("input rank " + rank + " exceeds " + MAX_RANK);
      }
      int[] shape = new int[rank];
      for (int i = 0; i < rank; i++) {
        shape[i] = in.positive("input dimension");
      }
      Preprocessing preprocessing = version == VERSION ? preprocessing(shape) : Preprocessing.IDENTITY;
      List<InferenceStep> steps = in.records(in.count("record count"), "model");
      if (buf.hasRemaining()) {
        throw fail(buf.remaining() + " unexpected bytes after the last record");
      }
      return checkedRun(new ExportedModel(file, name, shape, preprocessing, steps), shape);
    } catch (BufferUnderflowException e) {
      throw fail("truncated (ended in the middle of a field)");
    }
  }

  /**
   * Runs one zero sample through the model, so that records which parse but do not fit together (a layer expecting
   * other channels or sizes than the one before gives) fail here, naming the file, instead of at the first use.
   */
  private ExportedModel checkedRun(ExportedModel model, int[] shape) {
    long size = 1;
    for (int d : shape) {
      size *= d;
      if (size > MAX_SAMPLE_VALUES) {
        throw fail("input shape " + Arrays.toString(shape) + " has more than " + MAX_SAMPLE_VALUES + " values");
      }
    }
    try {
      model.forward(Tensor.zeros(Shape.batched(1, shape)));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw fail("the records do not fit the input shape " + Arrays.toString(shape) + " or each other: "
          + e.getMessage());
    }
    return model;
  }

  /** The preprocessing block: channel count (0 or the input's), raw maximum, means, inverse deviations. */
  private Preprocessing preprocessing(int[] shape) {
    int channels = buf.getShort() & 0xFFFF;
    int expected = ChannelStats.channels(shape);
    if (channels != 0 && channels != expected) {
      throw fail("preprocessing has " + channels + " channels, the input shape " + Arrays.toString(shape) + " has "
          + expected);
    }
    if (4 + 8L * channels > buf.remaining()) {
      throw fail("preprocessing of " + channels + " channels does not fit in the " + buf.remaining()
          + " remaining bytes: truncated");
    }
    float rawMax = buf.getFloat();
    float[] mean = in.floats(channels);
    float[] invStd = in.floats(channels);
    try {
      return new Preprocessing(rawMax, mean, invStd);
    } catch (IllegalArgumentException e) {
      throw fail(e.getMessage());
    }
  }
}
