package dev.ste4j.nn.data.format;

import dev.ste4j.nn.data.DataFileException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Low-level reading shared by the readers: gzip detection by magic bytes, exact reads that report truncation, and
 * reads whose allocation grows with the bytes actually present rather than with what a header claims.
 */
final class DataFiles {

  /** The largest array the readers allocate; JVMs refuse arrays a few elements short of {@code Integer.MAX_VALUE}. */
  static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private static final int CHUNK = 1 << 20;

  private DataFiles() {}

  /** A body of a reader that may fail with any {@link IOException}. */
  interface Body<T> {
    T read() throws IOException;
  }

  /**
   * Runs a reader body, turning every I/O failure other than a {@link DataFileException} (corrupt gzip data, an
   * unexpected end of stream, a missing file) into a {@link DataFileException} naming the file.
   */
  static <T> T reading(Path file, Body<T> body) throws DataFileException {
    try {
      return body.read();
    } catch (DataFileException e) {
      throw e;
    } catch (NoSuchFileException e) {
      throw new DataFileException(file, "no such file", e);
    } catch (IOException e) {
      throw new DataFileException(file, "cannot be read: " + e, e);
    }
  }

  /** Whether the file starts with the gzip magic bytes {@code 1f 8b}. */
  static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  /** Opens the file, decompressing it on the fly when it is gzip-compressed. */
  static InputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    if (!isGzip(file)) {
      return raw;
    }
    try {
      return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /** Reads a big-endian 32-bit integer, reporting a truncated file as such. */
  static int readInt(InputStream in, Path file, String what) throws IOException {
    byte[] b = readExactly(in, 4, file, what);
    return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
  }

  /**
   * Reads exactly {@code n} bytes. The buffer starts small and doubles as data arrives, so a header claiming far more
   * bytes than the (possibly compressed) stream holds ends in a "truncated" error after allocating at most twice what
   * was really there.
   */
  static byte[] readExactly(InputStream in, long n, Path file, String what) throws IOException {
    if (n > MAX_ARRAY) {
      throw new DataFileException(file, what + " would take " + n + " bytes, more than the " + MAX_ARRAY
          + " an array can hold");
    }
    byte[] buf = new byte[(int) Math.min(n, CHUNK)];
    int filled = 0;
    while (filled < n) {
      if (filled == buf.length) {
        buf = Arrays.copyOf(buf, (int) Math.min(n, 2L * buf.length));
      }
      int r = in.read(buf, filled, buf.length - filled);
      if (r < 0) {
        throw new DataFileException(file, "truncated: expected " + n + " bytes of " + what + ", found " + filled);
      }
      filled += r;
    }
    return buf;
  }

  /** Checks that nothing follows the data a header described. */
  static void expectEnd(InputStream in, Path file, String what) throws IOException {
    if (in.read() >= 0) {
      throw new DataFileException(file, "unexpected bytes after the " + what);
    }
  }
}
