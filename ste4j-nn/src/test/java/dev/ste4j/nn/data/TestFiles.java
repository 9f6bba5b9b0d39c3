package dev.ste4j.nn.data;

import dev.ste4j.nn.data.format.Cifar10Reader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small data files in the standard formats, made by the tests themselves. */
public final class TestFiles {

  private TestFiles() {}

  /** An IDX file of unsigned bytes with the given dimensions; value i is {@code (i * 7 + 3) % 256}. */
  public static byte[] idx(int... dims) {
    long n = 1;
    for (int d : dims) {
      n *= d;
    }
    ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + (int) n);
    b.putInt(0x0800 | dims.length);
    for (int d : dims) {
      b.putInt(d);
    }
    for (int i = 0; i < n; i++) {
      b.put((byte) ((i * 7 + 3) % 256));
    }
    return b.array();
  }

  /** An idx1 label file holding the given labels. */
  public static byte[] idxLabels(int... labels) {
    ByteBuffer b = ByteBuffer.allocate(8 + labels.length);
    b.putInt(0x0801).putInt(labels.length);
    for (int l : labels) {
      b.put((byte) l);
    }
    return b.array();
  }

  /** A header alone: magic and dimensions, no data. */
  public static byte[] idxHeader(int magic, int... dims) {
    ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length);
    b.putInt(magic);
    for (int d : dims) {
      b.putInt(d);
    }
    return b.array();
  }

  public static byte[] gzip(byte[] data) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(data);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CIFAR-10 records: label byte {@code labels[r]}, then 3072 pixels with value {@code (r + i) % 256}. */
  public static byte[] cifar(int... labels) {
    byte[] b = new byte[labels.length * Cifar10Reader.RECORD_BYTES];
    for (int r = 0; r < labels.length; r++) {
      int o = r * Cifar10Reader.RECORD_BYTES;
      b[o] = (byte) labels[r];
      for (int i = 0; i < Cifar10Reader.PIXELS; i++) {
        b[o + 1 + i] = (byte) ((r + i) % 256);
      }
    }
    return b;
  }

  /** Digits CSV rows: 64 values {@code (r + i) % 17}, then the label. */
  public static String digitsCsv(int... labels) {
    StringBuilder s = new StringBuilder();
    for (int r = 0; r < labels.length; r++) {
      for (int i = 0; i < 64; i++) {
        s.append((r + i) % 17).append(',');
      }
      s.append(labels[r]).append('\n');
    }
    return s.toString();
  }

  public static Path write(Path dir, String name, byte[] content) {
    try {
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
