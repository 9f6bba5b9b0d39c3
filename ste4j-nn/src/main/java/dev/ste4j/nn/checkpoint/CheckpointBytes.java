package dev.ste4j.nn.checkpoint;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The fields of the checkpoint format: strings, float arrays and counts, each read with its length checked against
 * the bytes that remain, so a lying file fails with a {@link CheckpointException} before any large allocation.
 */
final class CheckpointBytes {

  private CheckpointBytes() {}

  static int nonNegative(Path file, int v, String what) {
    if (v < 0) {
      throw new CheckpointException(file, "negative " + what + " " + v);
    }
    return v;
  }

  /** A count whose items take at least {@code minBytes} each: checked against what remains before allocating. */
  static int count(Path file, ByteBuffer in, int minBytes, String what) {
    int n = in.getInt();
    if (n < 0 || (long) n * minBytes > in.remaining()) {
      throw new CheckpointException(file, "claims " + n + " " + what + ", more than the " + in.remaining()
          + " remaining bytes can hold");
    }
    return n;
  }

  static float[] readArray(Path file, ByteBuffer in, String name) {
    int n = count(file, in, 4, "values of " + name);
    float[] v = new float[n];
    in.asFloatBuffer().get(v);
    in.position(in.position() + 4 * n);
    return v;
  }

  /** A UTF-8 string; malformed bytes are an error (decoding them leniently would change the file's content). */
  static String readString(Path file, ByteBuffer in) {
    int n = count(file, in, 1, "string bytes");
    ByteBuffer bytes = in.slice().limit(n);
    in.position(in.position() + n);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    } catch (CharacterCodingException e) {
      throw new CheckpointException(file, "a string of " + n + " bytes is not valid UTF-8");
    }
  }

  /** Adds a named entry, refusing a name given twice (a map would keep only one of them). */
  static <V> void putNew(Path file, Map<String, V> map, String name, V value, String section) {
    if (map.putIfAbsent(name, value) != null) {
      throw new CheckpointException(file, section + " '" + name + "' appears twice");
    }
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static void writeArray(DataOutputStream out, float[] v) throws IOException {
    out.writeInt(v.length);
    ByteBuffer buf = ByteBuffer.allocate(4 * Math.min(v.length, 1 << 16));
    for (int from = 0; from < v.length; from += 1 << 16) {
      int n = Math.min(v.length - from, 1 << 16);
      buf.clear();
      buf.asFloatBuffer().put(v, from, n);
      out.write(buf.array(), 0, 4 * n);
    }
  }

  /** A section of named arrays: int n, then n × (string name, array); a name given twice is an error. */
  static Map<String, float[]> readArrays(Path file, ByteBuffer in, String section, String entry) {
    Map<String, float[]> out = new java.util.LinkedHashMap<>();
    int n = count(file, in, 8, section);
    for (int i = 0; i < n; i++) {
      String name = readString(file, in);
      putNew(file, out, name, readArray(file, in, name), entry);
    }
    return out;
  }

  /** Writes what {@link #readArrays} reads. */
  static void writeArrays(DataOutputStream out, Map<String, float[]> arrays) throws IOException {
    out.writeInt(arrays.size());
    for (var e : arrays.entrySet()) {
      writeString(out, e.getKey());
      writeArray(out, e.getValue());
    }
  }
}
