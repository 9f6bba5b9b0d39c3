package dev.ste4j.nn.export;

import static dev.ste4j.nn.export.ExportFormat.*;

import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.nn.quantizer.Quantizers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads records (type byte, payload length, payload by the type's {@link LayerCodec}) and the checked fields they are
 * made of. Every length read is checked against the bytes that remain before anything is allocated; every failure is
 * a {@link ModelFileException} naming the file.
 */
final class RecordReader {

  private final Path file;
  /** The bytes, big-endian as DataOutputStream writes; codecs read their fixed-size fields from it directly. */
  final ByteBuffer buf;

  RecordReader(Path file, byte[] bytes) {
    this.file = file;
    this.buf = ByteBuffer.wrap(bytes);
  }

  ModelFileException fail(String problem) {
    return new ModelFileException(file, problem);
  }

  /** n records, with consecutive batch norms folded into the steps before them ({@link Folding}). */
  List<InferenceStep> records(int n, String where) {
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
    LayerCodec<?> codec = LayerCodecs.forType(type);
    if (codec == null) {
      throw fail(where + ": unknown record type " + type);
    }
    InferenceStep step = codec.read(this, where, start + length);
    if (buf.position() != start + length) {
      throw fail(where + " (type " + type + "): payload is " + length + " bytes but its fields take "
          + (buf.position() - start));
    }
    return step;
  }

  /** Fails unless exactly {@code bytes} remain before {@code end}. */
  void expect(String where, long end, long bytes) {
    if (end - buf.position() != bytes) {
      throw fail(where + ": sizes in the record need " + bytes + " more bytes, the payload has "
          + (end - buf.position()));
    }
  }

  /** A quantizer spec that parses and is deterministic (stochastic ones cannot run at inference). */
  Quantizer quantizer(String where) {
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

  float[] floats(int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = buf.getFloat();
    }
    return v;
  }

  String string() {
    int len = buf.getShort() & 0xFFFF;
    if (len > MAX_NAME_BYTES || len > buf.remaining()) {
      throw fail("string of " + len + " bytes does not fit (" + buf.remaining() + " remain)");
    }
    byte[] b = new byte[len];
    buf.get(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  int positive(String what) {
    int v = buf.getInt();
    if (v < 1) {
      throw fail(what + " must be positive, got " + v);
    }
    return v;
  }

  /** A count of records: each takes at least 5 bytes, so a larger count than the bytes allow is corrupt. */
  int count(String what) {
    long v = buf.getInt() & 0xFFFFFFFFL;
    if (v * 5 > buf.remaining()) {
      throw fail(what + " " + v + " cannot fit in the " + buf.remaining() + " remaining bytes");
    }
    return (int) v;
  }

  long checkedProduct(String where, long... f) {
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
