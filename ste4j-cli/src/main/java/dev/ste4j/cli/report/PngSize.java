package dev.ste4j.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The pixel size of a PNG, read from its header, so that the page can give every image its width and height (the
 * browser then lays the page out before the images arrive, and lazy loading does not make it jump).
 *
 * @param width  pixels
 * @param height pixels
 */
record PngSize(int width, int height) {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** The size in the file's IHDR chunk, or null when the file is missing or not a PNG. */
  static PngSize of(Path png) {
    byte[] head = new byte[24];
    try (InputStream in = Files.newInputStream(png)) {
      if (in.readNBytes(head, 0, head.length) < head.length) {
        return null;
      }
    } catch (IOException e) {
      return null;
    }
    for (int i = 0; i < SIGNATURE.length; i++) {
      if (head[i] != SIGNATURE[i]) {
        return null;
      }
    }
    return new PngSize(readInt(head, 16), readInt(head, 20));
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
  }
}
