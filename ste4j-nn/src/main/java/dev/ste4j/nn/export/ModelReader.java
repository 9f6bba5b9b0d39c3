package dev.ste4j.nn.export;

import static dev.ste4j.nn.export.ExportFormat.*;

import dev.ste4j.nn.data.ChannelStats;
import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.nn.quantizer.Quantizers;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.PackedBits;
import dev.ste4j.tensor.ops.Elementwise;
import dev.ste4j.tensor.ops.Pool;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the bytes of an exported model. Every length read from the file is checked against the bytes that remain
 * before anything is allocated; every failure becomes a {@link ModelFileException} naming the file and the problem.
 */
final class ModelReader {

  private final Path file;
  private final ByteBuffer buf;

  ModelReader(Path file, byte[] bytes) {
    this.file = file;
    this.buf = ByteBuffer.wrap(bytes); // big-endian, as DataOutputStream writes
  }

  private ModelFileException fail(String problem) {
    return new ModelFileException(file, problem);
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
      String name = string();
      if (expectedName != null && !expectedName.equals(name)) {
        throw fail("holds model '" + name + "', not '" + expectedName + "'");
      }
      int rank = buf.get() & 0xFF;
      if (rank > MAX_RANK) {
        throw fail("input rank " + rank + " exceeds " + MAX_RANK);
      }
      int[] shape = new int[rank];
      for (int i = 0; i < rank; i++) {
        shape[i] = positive("input dimension");
      }
      Preprocessing preprocessing = version == VERSION ? preprocessing(shape) : Preprocessing.IDENTITY;
      List<InferenceStep> steps = records(count("record count"), "model");
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
    int[] batch = new int[shape.length + 1];
    batch[0] = 1;
    System.arraycopy(shape, 0, batch, 1, shape.length);
    try {
      model.forward(Tensor.zeros(batch));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw fail("the records do not fit the input shape " + Arrays.toString(shape) + " or each other: "
          + e.getMessage());
    }
    return model;
  }

  private List<InferenceStep> records(int n, String where) {
    List<InferenceStep> steps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      steps.add(record(where + " record " + i));
    }
    Folding.fold(steps);
    return steps;
  }

  private InferenceStep record(String where) {
    int type = buf.get() & 0xFF;
    long length = buf.getInt() & 0xFFFFFFFFL;
    if (length > buf.remaining()) {
      throw fail(where + " (type " + type + ") declares " + length + " bytes but only " + buf.remaining()
          + " remain: truncated");
    }
    int start = buf.position();
    InferenceStep step = switch (type) {
      case DENSE -> {
        int in = positive(where + " input size");
        int out = positive(where + " output size");
        yield new XnorDense(kernel(where, out, in, start + length));
      }
      case CONV2D -> {
        int c = positive(where + " input channels");
        int o = positive(where + " output channels");
        int k = positive(where + " kernel size");
        int s = positive(where + " stride");
        int p = buf.getInt();
        if (p < 0 || p >= k) {
          // Padding of a kernel's size or more only adds outputs that see nothing but zeros; a corrupt value here
          // would make the first forward pass loop over billions of positions.
          throw fail(where + ": padding " + p + " outside 0.." + (k - 1) + " for kernel size " + k);
        }
        yield new XnorConv2d(kernel(where, o, (int) checkedProduct(where, c, k, k), start + length), c, k, s, p);
      }
      case BATCH_NORM -> {
        int c = positive(where + " channels");
        float eps = buf.getFloat();
        expect(where, start + length, 4L * 4 * c);
        yield new BatchNormStep(floats(c), floats(c), floats(c), floats(c), eps);
      }
      case MAX_POOL, AVG_POOL -> {
        int k = positive(where + " pool size");
        int s = positive(where + " pool stride");
        boolean max = type == MAX_POOL;
        yield simple((max ? "max" : "average") + " pool " + k + " stride " + s,
            x -> max ? Pool.maxPool2d(x, k, s) : Pool.avgPool2d(x, k, s));
      }
      case FLATTEN -> simple("flatten", x -> x.rank() == 2 ? x : x.contiguous().reshape(x.dim(0),
          x.size() / Math.max(1, x.dim(0))));
      case RELU -> simple("relu", Tensor::relu);
      case HARD_TANH -> simple("hardtanh", x -> Elementwise.clamp(x, -1f, 1f));
      case QUANT_ACTIVATION -> {
        Quantizer q = quantizer(where);
        yield simple("activation " + q.describe(), q::quantize);
      }
      case RESIDUAL -> {
        int a = count(where + " branch size");
        int b = count(where + " shortcut size");
        int c = count(where + " post size");
        yield new ResidualStep(records(a, where + " branch"), records(b, where + " shortcut"),
            records(c, where + " post"));
      }
      default -> throw fail(where + ": unknown record type " + type);
    };
    if (buf.position() != start + length) {
      throw fail(where + " (type " + type + "): payload is " + length + " bytes but its fields take "
          + (buf.position() - start));
    }
    return step;
  }

  /** Dense/conv shared part; checks the payload has exactly the size the header implies before allocating. */
  private Kernel kernel(String where, int rows, int cols, long end) {
    int inputMode = buf.get() & 0xFF;
    int kernelMode = buf.get() & 0xFF;
    int hasBias = buf.get() & 0xFF;
    if (inputMode > INPUT_QUANTIZER || kernelMode > KERNEL_PACKED_SIGN || hasBias > 1) {
      throw fail(where + ": invalid modes input=" + inputMode + " kernel=" + kernelMode + " bias=" + hasBias);
    }
    Quantizer q = inputMode == INPUT_QUANTIZER ? quantizer(where) : null;
    long kernelBytes = kernelMode == KERNEL_PACKED_SIGN
        ? 8L * rows * PackedBits.wordsFor(cols) : 4L * rows * cols;
    expect(where, end, kernelBytes + (hasBias == 1 ? 4L * rows : 0));
    PackedBits packed = null;
    float[] values;
    if (kernelMode == KERNEL_PACKED_SIGN) {
      long[] words = new long[rows * PackedBits.wordsFor(cols)];
      for (int i = 0; i < words.length; i++) {
        words[i] = buf.getLong();
      }
      try {
        packed = PackedBits.wrap(rows, cols, words);
      } catch (IllegalArgumentException e) {
        throw fail(where + ": " + e.getMessage());
      }
      values = packed.unpack();
    } else {
      values = floats(rows * cols);
    }
    float[] bias = hasBias == 1 ? floats(rows) : null;
    return new Kernel(rows, cols, inputMode, q, packed, values, bias);
  }

  private void expect(String where, long end, long bytes) {
    if (end - buf.position() != bytes) {
      throw fail(where + ": sizes in the record need " + bytes + " more bytes, the payload has "
          + (end - buf.position()));
    }
  }

  private Quantizer quantizer(String where) {
    String spec = string();
    try {
      Quantizer q = Quantizers.parse(spec);
      if (q == null || q.isStochastic()) {
        throw fail(where + ": quantizer '" + spec + "' cannot run at inference");
      }
      return q;
    } catch (ModelFileException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw fail(where + ": " + e.getMessage());
    }
  }

  private static InferenceStep simple(String text, java.util.function.UnaryOperator<Tensor> f) {
    return new InferenceStep() {
      @Override
      public Tensor apply(Tensor x) {
        return f.apply(x);
      }

      @Override
      public String describe() {
        return text;
      }
    };
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
    float[] mean = floats(channels);
    float[] invStd = floats(channels);
    try {
      return new Preprocessing(rawMax, mean, invStd);
    } catch (IllegalArgumentException e) {
      throw fail(e.getMessage());
    }
  }

  private float[] floats(int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = buf.getFloat();
    }
    return v;
  }

  private String string() {
    int len = buf.getShort() & 0xFFFF;
    if (len > MAX_NAME_BYTES || len > buf.remaining()) {
      throw fail("string of " + len + " bytes does not fit (" + buf.remaining() + " remain)");
    }
    byte[] b = new byte[len];
    buf.get(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private int positive(String what) {
    int v = buf.getInt();
    if (v < 1) {
      throw fail(what + " must be positive, got " + v);
    }
    return v;
  }

  /** A count of records: each takes at least 5 bytes, so a larger count than the bytes allow is corrupt. */
  private int count(String what) {
    long v = buf.getInt() & 0xFFFFFFFFL;
    if (v * 5 > buf.remaining()) {
      throw fail(what + " " + v + " cannot fit in the " + buf.remaining() + " remaining bytes");
    }
    return (int) v;
  }

  private long checkedProduct(String where, long... f) {
    long p = 1;
    for (long v : f) {
      p *= v;
      if (p > Integer.MAX_VALUE) {
        throw fail(where + ": kernel of " + Arrays.toString(f) + " is too large");
      }
    }
    return p;
  }
}
