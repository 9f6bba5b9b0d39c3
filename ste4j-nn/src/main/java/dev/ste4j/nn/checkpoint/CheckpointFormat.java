package dev.ste4j.nn.checkpoint;

import dev.ste4j.nn.optim.OptimizerState;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The checkpoint file format, version 1. All numbers big-endian; a string is an int byte count and UTF-8 bytes; an
 * array is an int count and that many floats.
 *
 * <pre>
 *   "STE4JCKP"  int version (1)
 *   string model   int epoch   int batch   long step   long rngSeed   long rngState
 *   int n, then n × (string key, string value)                     metadata
 *   int n, then n × (string name, int rank, rank × int dim, array)  parameters
 *   int n, then n × (string name, array)                           buffers
 *   int n, then n × (string key, array)                            optimizer slots
 *   int n, then n × (string key, long value)                       optimizer counters
 *   int n, then n × (string key, array)                            extras
 *   int CRC-32 of every byte before it
 * </pre>
 * The reader checks the checksum before parsing, and every count against the bytes that remain, so a truncated,
 * corrupted or lying file fails with a {@link CheckpointException} before any large allocation. {@link #write} writes
 * a temporary file beside the target, forces it to disk and renames it over the target atomically.
 */
public final class CheckpointFormat {

  static final byte[] MAGIC = "STE4JCKP".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 1;
  /** Refuse files larger than this before reading them (2 GiB: a float array cannot hold more). */
  static final long MAX_BYTES = Integer.MAX_VALUE - 8;

  private CheckpointFormat() {}

  /** Serialises a checkpoint to bytes. */
  public static byte[] toBytes(Checkpoint c) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(MAGIC);
      out.writeInt(VERSION);
      writeString(out, c.model());
      out.writeInt(c.epoch());
      out.writeInt(c.batch());
      out.writeLong(c.step());
      out.writeLong(c.rngSeed());
      out.writeLong(c.rngState());
      out.writeInt(c.metadata().size());
      for (var e : c.metadata().entrySet()) {
        writeString(out, e.getKey());
        writeString(out, e.getValue());
      }
      out.writeInt(c.parameters().size());
      for (var e : c.parameters().entrySet()) {
        writeString(out, e.getKey());
        int[] shape = e.getValue().shape();
        out.writeInt(shape.length);
        for (int d : shape) {
          out.writeInt(d);
        }
        writeArray(out, e.getValue().values());
      }
      out.writeInt(c.buffers().size());
      for (var e : c.buffers().entrySet()) {
        writeString(out, e.getKey());
        writeArray(out, e.getValue());
      }
      out.writeInt(c.optimizer().slots().size());
      for (var e : c.optimizer().slots().entrySet()) {
        writeString(out, e.getKey());
        writeArray(out, e.getValue());
      }
      out.writeInt(c.optimizer().counters().size());
      for (var e : c.optimizer().counters().entrySet()) {
        writeString(out, e.getKey());
        out.writeLong(e.getValue());
      }
      out.writeInt(c.extras().size());
      for (var e : c.extras().entrySet()) {
        writeString(out, e.getKey());
        writeArray(out, e.getValue());
      }
      out.flush();
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeInt((int) crc.getValue());
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes atomically: temporary file in the same folder, forced to disk, renamed over {@code file}. */
  public static void write(Path file, Checkpoint c) throws IOException {
    byte[] bytes = toBytes(c);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Reads and checks a checkpoint file. */
  public static Checkpoint read(Path file) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new CheckpointException(file, size + " bytes is more than a checkpoint can hold");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CheckpointException(file, "no such file", e);
    } catch (IOException e) {
      throw new CheckpointException(file, "cannot be read: " + e.getMessage(), e);
    }
    return fromBytes(file, bytes);
  }

  /** Parses bytes written by {@link #toBytes}; {@code file} names the source in messages. */
  public static Checkpoint fromBytes(Path file, byte[] bytes) {
    if (bytes.length < MAGIC.length + 8) {
      throw new CheckpointException(file, "truncated: " + bytes.length + " bytes is too short for a checkpoint");
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[i] != MAGIC[i]) {
        throw new CheckpointException(file, "not a ste4j checkpoint (wrong magic bytes)");
      }
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    in.position(MAGIC.length);
    int version = in.getInt();
    if (version != VERSION) {
      throw new CheckpointException(file, "format version " + version + "; this ste4j reads version " + VERSION);
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
      throw new CheckpointException(file, "checksum mismatch: the file is corrupt or truncated");
    }
    ByteBuffer body = ByteBuffer.wrap(bytes, 0, bytes.length - 4).position(MAGIC.length + 4);
    try {
      return parse(file, body);
    } catch (BufferUnderflowException e) {
      throw new CheckpointException(file, "truncated: a field runs past the end of the file", e);
    }
  }

  private static Checkpoint parse(Path file, ByteBuffer in) {
    String model = readString(file, in);
    int epoch = nonNegative(file, in.getInt(), "epoch");
    int batch = nonNegative(file, in.getInt(), "batch");
    long step = in.getLong();
    if (step < 0) {
      throw new CheckpointException(file, "negative step " + step);
    }
    long seed = in.getLong();
    long state = in.getLong();
    Map<String, String> meta = new LinkedHashMap<>();
    int n = count(file, in, 8, "metadata entries");
    for (int i = 0; i < n; i++) {
      putNew(file, meta, readString(file, in), readString(file, in), "metadata key");
    }
    Map<String, Checkpoint.Entry> params = new LinkedHashMap<>();
    n = count(file, in, 12, "parameters");
    for (int i = 0; i < n; i++) {
      String name = readString(file, in);
      int rank = count(file, in, 4, "dimensions of " + name);
      int[] shape = new int[rank];
      long size = 1;
      for (int a = 0; a < rank; a++) {
        shape[a] = in.getInt();
        if (shape[a] <= 0) {
          throw new CheckpointException(file, "parameter " + name + " has a non-positive dimension " + shape[a]);
        }
        size = Math.min(size * shape[a], Long.MAX_VALUE / Integer.MAX_VALUE);
      }
      float[] values = readArray(file, in, name);
      if (values.length != size) {
        throw new CheckpointException(file, "parameter " + name + " holds " + values.length
            + " values, its shape needs " + size);
      }
      putNew(file, params, name, new Checkpoint.Entry(shape, values), "parameter");
    }
    Map<String, float[]> buffers = new LinkedHashMap<>();
    n = count(file, in, 8, "buffers");
    for (int i = 0; i < n; i++) {
      String name = readString(file, in);
      putNew(file, buffers, name, readArray(file, in, name), "buffer");
    }
    Map<String, float[]> slots = new LinkedHashMap<>();
    n = count(file, in, 8, "optimizer slots");
    for (int i = 0; i < n; i++) {
      String name = readString(file, in);
      putNew(file, slots, name, readArray(file, in, name), "optimizer slot");
    }
    Map<String, Long> counters = new LinkedHashMap<>();
    n = count(file, in, 12, "optimizer counters");
    for (int i = 0; i < n; i++) {
      putNew(file, counters, readString(file, in), in.getLong(), "optimizer counter");
    }
    Map<String, float[]> extras = new LinkedHashMap<>();
    n = count(file, in, 8, "extras");
    for (int i = 0; i < n; i++) {
      String name = readString(file, in);
      putNew(file, extras, name, readArray(file, in, name), "extra");
    }
    if (in.hasRemaining()) {
      throw new CheckpointException(file, in.remaining() + " unexpected bytes after the last section");
    }
    return new Checkpoint(model, epoch, batch, step, seed, state, meta, params, buffers,
        new OptimizerState(slots, counters), extras);
  }

  private static int nonNegative(Path file, int v, String what) {
    if (v < 0) {
      throw new CheckpointException(file, "negative " + what + " " + v);
    }
    return v;
  }

  /** A count whose items take at least {@code minBytes} each: checked against what remains before allocating. */
  private static int count(Path file, ByteBuffer in, int minBytes, String what) {
    int n = in.getInt();
    if (n < 0 || (long) n * minBytes > in.remaining()) {
      throw new CheckpointException(file, "claims " + n + " " + what + ", more than the " + in.remaining()
          + " remaining bytes can hold");
    }
    return n;
  }

  private static float[] readArray(Path file, ByteBuffer in, String name) {
    int n = count(file, in, 4, "values of " + name);
    float[] v = new float[n];
    in.asFloatBuffer().get(v);
    in.position(in.position() + 4 * n);
    return v;
  }

  /** A UTF-8 string; malformed bytes are an error (decoding them leniently would change the file's content). */
  private static String readString(Path file, ByteBuffer in) {
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
  private static <V> void putNew(Path file, Map<String, V> map, String name, V value, String section) {
    if (map.putIfAbsent(name, value) != null) {
      throw new CheckpointException(file, section + " '" + name + "' appears twice");
    }
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static void writeArray(DataOutputStream out, float[] v) throws IOException {
    out.writeInt(v.length);
    ByteBuffer buf = ByteBuffer.allocate(4 * Math.min(v.length, 1 << 16));
    for (int from = 0; from < v.length; from += 1 << 16) {
      int n = Math.min(v.length - from, 1 << 16);
      buf.clear();
      buf.asFloatBuffer().put(v, from, n);
      out.write(buf.array(), 0, 4 * n);
    }
  }
}
