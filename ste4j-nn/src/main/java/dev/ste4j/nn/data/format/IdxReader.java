package dev.ste4j.nn.data.format;

import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.Normalization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads IDX files of unsigned bytes, plain or gzip-compressed (detected by the gzip magic bytes), as used by MNIST and
 * Fashion-MNIST.
 *
 * <p>Format (all integers big-endian): magic {@code 00 00 08 n} where {@code 08} means unsigned byte and {@code n} is
 * the number of dimensions; then {@code n} 32-bit dimension sizes; then the values, row-major. Images are
 * {@code idx3} ({@code magic 0x00000803}, dimensions count × rows × columns), labels {@code idx1}
 * ({@code magic 0x00000801}, dimension count).
 *
 * <p>Checks, in order, before any large allocation: the magic number and element type; the number of dimensions;
 * each dimension positive; the total size representable; for a plain file, header + data exactly equal to the file
 * length. A compressed file's true size is known only after decompressing, so its buffer grows with the bytes actually
 * decompressed and a lying header ends in a "truncated" error. Then: no bytes after the data; for labels, each value
 * below the number of classes; images and labels equal in count. Every failure is a {@link DataFileException}.
 */
public final class IdxReader {

  /** The IDX element type code of unsigned bytes, the only one the standard datasets use. */
  public static final int UNSIGNED_BYTE = 0x08;

  private IdxReader() {}

  /** Reads an IDX file of unsigned bytes with the given number of dimensions. */
  public static IdxData read(Path file, int expectedDims) throws DataFileException {
    return DataFiles.reading(file, () -> {
      try (InputStream in = DataFiles.open(file)) {
        int[] dims = header(in, file, expectedDims);
        long total = values(dims);
        String what = "IDX data " + Arrays.toString(dims);
        byte[] data = DataFiles.readExactly(in, total, file, what);
        DataFiles.expectEnd(in, file, what);
        return new IdxData(file, dims, data);
      }
    });
  }

  /**
   * Checks an IDX file without keeping its values: the header, and that exactly the values it announces follow (for
   * a plain file from its length; a compressed one is decompressed and counted). Returns the dimensions.
   */
  public static int[] checkHeader(Path file, int expectedDims) throws DataFileException {
    return DataFiles.reading(file, () -> {
      try (InputStream in = DataFiles.open(file)) {
        int[] dims = header(in, file, expectedDims);
        long total = values(dims);
        long skipped = in.skip(total);
        while (skipped < total && in.read() >= 0) {
          skipped += 1 + in.skip(total - skipped - 1);
        }
        if (skipped < total) {
          throw new DataFileException(file, "truncated: expected " + total + " bytes of IDX data "
              + Arrays.toString(dims) + ", found " + skipped);
        }
        DataFiles.expectEnd(in, file, "IDX data " + Arrays.toString(dims));
        return dims;
      }
    });
  }

  private static long values(int[] dims) {
    long total = 1;
    for (int d : dims) {
      total *= d;
    }
    return total;
  }

  /** Reads and checks the magic number and dimensions (and a plain file's length); returns the dimensions. */
  private static int[] header(InputStream in, Path file, int expectedDims) throws IOException {
    boolean gzip = DataFiles.isGzip(file);
    int magic = DataFiles.readInt(in, file, "IDX magic number");
    if ((magic >>> 16) != 0) {
      throw new DataFileException(file, String.format(
          "not an IDX file: magic number 0x%08X does not start with two zero bytes", magic));
    }
    int type = (magic >>> 8) & 0xff;
    int nDims = magic & 0xff;
    if (type != UNSIGNED_BYTE) {
      throw new DataFileException(file, String.format(
          "IDX element type 0x%02X is not supported (only unsigned byte, 0x08)", type));
    }
    if (nDims != expectedDims) {
      throw new DataFileException(file, String.format("IDX magic number 0x%08X says %d dimensions, expected %d "
          + "(magic 0x%08X)", magic, nDims, expectedDims, (UNSIGNED_BYTE << 8) | expectedDims));
    }
    int[] dims = new int[nDims];
    long total = 1;
    for (int d = 0; d < nDims; d++) {
      dims[d] = DataFiles.readInt(in, file, "IDX dimension " + d);
      if (dims[d] <= 0) {
        throw new DataFileException(file, "IDX dimension " + d + " is " + Integer.toUnsignedLong(dims[d])
            + (dims[d] < 0 ? " (negative as a signed int)" : "") + "; dimensions must be positive");
      }
      // Stop multiplying once past the array limit: the product of 8 dimensions could overflow a long.
      total = Math.min(total * dims[d], DataFiles.MAX_ARRAY + 1);
    }
    if (total > DataFiles.MAX_ARRAY) {
      throw new DataFileException(file, "header claims dimensions " + Arrays.toString(dims)
          + ", more values than an array can hold");
    }
    if (!gzip) {
      long expected = 4L + 4L * nDims + total;
      long actual = Files.size(file);
      if (actual != expected) {
        throw new DataFileException(file, "file has " + actual + " bytes but its header " + Arrays.toString(dims)
            + " implies " + expected + (actual < expected ? " (truncated or lying header)" : " (extra bytes)"));
      }
    }
    return dims;
  }

  /** Reads an {@code idx3} image file: count × rows × columns. */
  public static IdxData readImages(Path file) throws DataFileException {
    return read(file, 3);
  }

  /** Reads an {@code idx1} label file and checks each label is below {@code numClasses}. */
  public static int[] readLabels(Path file, int numClasses) throws DataFileException {
    IdxData idx = read(file, 1);
    byte[] data = idx.data();
    int[] labels = new int[data.length];
    for (int i = 0; i < data.length; i++) {
      labels[i] = data[i] & 0xff;
      if (labels[i] >= numClasses) {
        throw new DataFileException(file, "label " + labels[i] + " at item " + i + " is out of range 0.."
            + (numClasses - 1));
      }
    }
    return labels;
  }

  /**
   * Reads an image file and its label file into a dataset with sample shape {@code [1, rows, columns]} and the raw
   * pixel values 0..255 as floats (scale them with {@link Normalization#scale}).
   */
  public static Dataset readDataset(String name, Path images, Path labels, int numClasses) throws DataFileException {
    IdxData img = readImages(images);
    int[] lab = readLabels(labels, numClasses);
    if (lab.length != img.count()) {
      throw new DataFileException(labels, lab.length + " labels do not match the " + img.count() + " images of "
          + images);
    }
    byte[] pixels = img.data();
    float[] features = new float[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      features[i] = pixels[i] & 0xff;
    }
    return new Dataset(name, features, lab, new int[] {1, img.dims()[1], img.dims()[2]}, numClasses);
  }
}
