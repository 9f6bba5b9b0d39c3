package dev.ste4j.nn.data.format;

import dev.ste4j.nn.data.DataFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Extracts the regular files of a tar archive, plain or gzip-compressed ({@code .tgz}, {@code .tar.gz}): npm package
 * tarballs and the CIFAR-10 binary archive. Handles ustar names with their prefix, GNU long names ({@code L}) and pax
 * {@code path} records; skips links and devices. Entries that would land outside the target folder ({@code ..},
 * absolute names) are refused.
 */
public final class TarExtractor {

  private static final int BLOCK = 512;

  private TarExtractor() {}

  /** Extracts every regular file of {@code archive} under {@code target}; returns how many. */
  public static int extract(Path archive, Path target) throws IOException {
    Files.createDirectories(target);
    Path root = target.toAbsolutePath().normalize();
    int count = 0;
    try (InputStream raw = Files.newInputStream(archive);
        InputStream in = DataFiles.isGzip(archive) ? new GZIPInputStream(raw, 1 << 16) : raw) {
      byte[] header = new byte[BLOCK];
      String longName = null;
      while (true) {
        if (in.readNBytes(header, 0, BLOCK) != BLOCK) {
          throw new DataFileException(archive, "truncated tar header");
        }
        if (isZero(header)) {
          return count; // end-of-archive marker
        }
        long size = parseOctal(header, 124, 12, archive);
        char type = (char) header[156];
        String name = longName != null ? longName : ustarName(header);
        longName = null;
        if (type == 'L' || type == 'x') {
          byte[] data = readBlock(in, size, archive);
          String value = new String(data, StandardCharsets.UTF_8);
          longName = type == 'L' ? value.replace("\0", "") : paxPath(value);
          continue;
        }
        if (type == '0' || type == '\0') {
          Path out = root.resolve(name).normalize();
          if (!out.startsWith(root) || name.isEmpty()) {
            throw new DataFileException(archive, "entry '" + name + "' would be written outside the target folder");
          }
          Files.createDirectories(out.getParent());
          try (OutputStream os = Files.newOutputStream(out)) {
            copy(in, os, size, archive);
          }
          skipPadding(in, size, archive);
          count++;
        } else {
          // Directories, links, pax globals: nothing to write; skip their data, if any.
          copy(in, OutputStream.nullOutputStream(), size, archive);
          skipPadding(in, size, archive);
        }
      }
    }
  }

  private static String ustarName(byte[] h) {
    String name = field(h, 0, 100);
    boolean ustar = new String(h, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
    String prefix = ustar ? field(h, 345, 155) : "";
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  private static String field(byte[] h, int off, int len) {
    int end = off;
    while (end < off + len && h[end] != 0) {
      end++;
    }
    return new String(h, off, end - off, StandardCharsets.UTF_8);
  }

  /** The {@code path} value of pax records {@code "<len> path=<value>\n"}, or null when there is none. */
  private static String paxPath(String records) {
    for (String line : records.split("\n")) {
      int eq = line.indexOf(" path=");
      if (eq >= 0) {
        return line.substring(eq + 6);
      }
    }
    return null;
  }

  private static long parseOctal(byte[] h, int off, int len, Path archive) throws DataFileException {
    long v = 0;
    int i = off;
    while (i < off + len && (h[i] == ' ' || h[i] == 0)) {
      i++;
    }
    for (; i < off + len && h[i] >= '0' && h[i] <= '7'; i++) {
      v = v * 8 + (h[i] - '0');
    }
    if (v > (1L << 40)) {
      throw new DataFileException(archive, "tar entry size " + v + " is implausible");
    }
    return v;
  }

  private static byte[] readBlock(InputStream in, long size, Path archive) throws IOException {
    if (size > 1 << 20) {
      throw new DataFileException(archive, "tar extended header of " + size + " bytes is implausible");
    }
    byte[] data = in.readNBytes((int) size);
    if (data.length != size) {
      throw new DataFileException(archive, "truncated tar entry");
    }
    skipPadding(in, size, archive);
    return data;
  }

  private static void copy(InputStream in, OutputStream out, long size, Path archive) throws IOException {
    byte[] buf = new byte[1 << 16];
    long left = size;
    while (left > 0) {
      int r = in.read(buf, 0, (int) Math.min(buf.length, left));
      if (r < 0) {
        throw new DataFileException(archive, "truncated tar entry");
      }
      out.write(buf, 0, r);
      left -= r;
    }
  }

  private static void skipPadding(InputStream in, long size, Path archive) throws IOException {
    int pad = (int) ((BLOCK - size % BLOCK) % BLOCK);
    if (in.readNBytes(pad).length != pad) {
      throw new DataFileException(archive, "truncated tar padding");
    }
  }

  private static boolean isZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }
}
