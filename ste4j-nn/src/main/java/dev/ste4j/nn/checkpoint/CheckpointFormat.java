package dev.ste4j.nn.checkpoint;

import dev.ste4j.nn.optim.OptimizerState;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
 * The checkpoint file format, version 2. All numbers big-endian; a string is an int byte count and UTF-8 bytes; an
 * array is an int count and that many floats.
 *
 * <pre>
 *   "STE4JCKP"  int version (2; 1 is read too: it lacks the resume section)
 *   string model   int epoch   int batch   long step   long rngSeed   long rngState
 *   int n, then n × (string key, string value)                     metadata
 *   int n, then n × (string name, int rank, rank × int dim, array)  parameters
 *   int n, then n × (string name, array)                           buffers
 *   int n, then n × (string key, array)                            optimizer slots
 *   int n, then n × (string key, long value)                       optimizer counters
 *   int n, then n × (string key, array)                            extras
 *   byte 0, or byte 1 and the resume section ({@link ResumeSection})      version 2 only
 *   int CRC-32 of every byte before it
 * </pre>
 * The reader checks the checksum before parsing, and every count against the bytes that remain, so a truncated,
 * corrupted or lying file fails with a {@link CheckpointException} before any large allocation. {@link #write} writes
 * a temporary file beside the target, forces it to disk and renames it over the target atomically.
 */
public final class CheckpointFormat {

  static final byte[] MAGIC = "STE4JCKP".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 2;
  /** The first version, whose trainer kept the resume state in the metadata; still read. */
  static final int VERSION_1 = 1;
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
      CheckpointBytes.writeString(out, c.model());
      out.writeInt(c.epoch());
      out.writeInt(c.batch());
      out.writeLong(c.step());
      out.writeLong(c.rngSeed());
      out.writeLong(c.rngState());
      out.writeInt(c.metadata().size());
      for (var e : c.metadata().entrySet()) {
        CheckpointBytes.writeString(out, e.getKey());
        CheckpointBytes.writeString(out, e.getValue());
      }
      out.writeInt(c.parameters().size());
      for (var e : c.parameters().entrySet()) {
        CheckpointBytes.writeString(out, e.getKey());
        int[] shape = e.getValue().shape();
        out.writeInt(shape.length);
        for (int d : shape) {
          out.writeInt(d);
        }
        CheckpointBytes.writeArray(out, e.getValue().values());
      }
      CheckpointBytes.writeArrays(out, c.buffers());
      CheckpointBytes.writeArrays(out, c.optimizer().slots());
      out.writeInt(c.optimizer().counters().size());
      for (var e : c.optimizer().counters().entrySet()) {
        CheckpointBytes.writeString(out, e.getKey());
        out.writeLong(e.getValue());
      }
      CheckpointBytes.writeArrays(out, c.extras());
      ResumeSection.write(out, c.resume());
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
    if (version != VERSION && version != VERSION_1) {
      throw new CheckpointException(file, "format version " + version + "; this ste4j reads versions " + VERSION_1
          + " and " + VERSION);
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
      throw new CheckpointException(file, "checksum mismatch: the file is corrupt or truncated");
    }
    ByteBuffer body = ByteBuffer.wrap(bytes, 0, bytes.length - 4).position(MAGIC.length + 4);
    try {
      return parse(file, body, version);
    } catch (BufferUnderflowException e) {
      throw new CheckpointException(file, "truncated: a field runs past the end of the file", e);
    }
  }

  private static Checkpoint parse(Path file, ByteBuffer in, int version) {
    String model = CheckpointBytes.readString(file, in);
    int epoch = CheckpointBytes.nonNegative(file, in.getInt(), "epoch");
    int batch = CheckpointBytes.nonNegative(file, in.getInt(), "batch");
    long step = in.getLong();
    if (step < 0) {
      throw new CheckpointException(file, "negative step " + step);
    }
    long seed = in.getLong();
    long state = in.getLong();
    Map<String, String> meta = new LinkedHashMap<>();
    int n = CheckpointBytes.count(file, in, 8, "metadata entries");
    for (int i = 0; i < n; i++) {
      CheckpointBytes.putNew(file, meta, CheckpointBytes.readString(file, in), CheckpointBytes.readString(file, in), "metadata key");
    }
    Map<String, Checkpoint.Entry> params = new LinkedHashMap<>();
    n = CheckpointBytes.count(file, in, 12, "parameters");
    for (int i = 0; i < n; i++) {
      String name = CheckpointBytes.readString(file, in);
      int rank = CheckpointBytes.count(file, in, 4, "dimensions of " + name);
      int[] shape = new int[rank];
      long size = 1;
      for (int a = 0; a < rank; a++) {
        shape[a] = in.getInt();
        if (shape[a] <= 0) {
          throw new CheckpointException(file, "parameter " + name + " has a non-positive dimension " + shape[a]);
        }
        size = Math.min(size * shape[a], Long.MAX_VALUE / Integer.MAX_VALUE);
      }
      float[] values = CheckpointBytes.readArray(file, in, name);
      if (values.length != size) {
        throw new CheckpointException(file, "parameter " + name + " holds " + values.length
            + " values, its shape needs " + size);
      }
      CheckpointBytes.putNew(file, params, name, new Checkpoint.Entry(shape, values), "parameter");
    }
    Map<String, float[]> buffers = CheckpointBytes.readArrays(file, in, "buffers", "buffer");
    Map<String, float[]> slots = CheckpointBytes.readArrays(file, in, "optimizer slots", "optimizer slot");
    Map<String, Long> counters = new LinkedHashMap<>();
    n = CheckpointBytes.count(file, in, 12, "optimizer counters");
    for (int i = 0; i < n; i++) {
      CheckpointBytes.putNew(file, counters, CheckpointBytes.readString(file, in), in.getLong(), "optimizer counter");
    }
    Map<String, float[]> extras = CheckpointBytes.readArrays(file, in, "extras", "extra");
    ResumeState resume = version == VERSION_1 ? null : ResumeSection.read(file, in);
    if (in.hasRemaining()) {
      throw new CheckpointException(file, in.remaining() + " unexpected bytes after the last section");
    }
    return new Checkpoint(model, epoch, batch, step, seed, state, meta, params, buffers,
        new OptimizerState(slots, counters), extras, resume);
  }
}
