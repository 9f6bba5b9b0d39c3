package dev.ste4j.nn.data.format;

import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the binary version of CIFAR-10 ({@code data_batch_1.bin} … {@code data_batch_5.bin}, {@code test_batch.bin}).
 *
 * <p>A batch file is a sequence of records of {@value #RECORD_BYTES} bytes: one label byte (0–9), then 3072 pixel bytes,
 * the 1024 red values of the 32 × 32 image row by row, then the green, then the blue. That is exactly the layout of a
 * sample of shape {@code [3, 32, 32]}, so pixels are copied in order. The official files hold 10,000 records each.
 *
 * <p>Checks before allocating: each file's length is a positive multiple of {@value #RECORD_BYTES} (a gzip-compressed
 * file is named as such), and all files together fit in one array; then each label lies in 0..9. Every failure is a
 * {@link DataFileException}.
 */
public final class Cifar10Reader {

  public static final int CLASSES = 10;
  public static final int PIXELS = 3 * 32 * 32;
  public static final int RECORD_BYTES = 1 + PIXELS;

  private Cifar10Reader() {}

  /** Reads one or more batch files, in order, into one dataset of shape {@code [3, 32, 32]} with raw values 0..255. */
  public static Dataset read(String name, List<Path> files) throws DataFileException {
    if (files.isEmpty()) {
      throw new IllegalArgumentException(name + ": no CIFAR-10 batch files given");
    }
    long[] records = new long[files.size()];
    long total = 0;
    for (int k = 0; k < files.size(); k++) {
      Path file = files.get(k);
      records[k] = DataFiles.reading(file, () -> recordCount(file));
      total += records[k];
    }
    if (total * PIXELS > DataFiles.MAX_ARRAY) {
      throw new DataFileException(files.get(files.size() - 1), "the " + files.size() + " files hold " + total
          + " records, more than one array can hold");
    }
    float[] features = new float[(int) total * PIXELS];
    int[] labels = new int[(int) total];
    int at = 0;
    for (int k = 0; k < files.size(); k++) {
      Path file = files.get(k);
      int first = at;
      int n = (int) records[k];
      DataFiles.reading(file, () -> {
        readRecords(file, n, first, features, labels);
        return null;
      });
      at += n;
    }
    return new Dataset(name, features, labels, new int[] {3, 32, 32}, CLASSES);
  }

  /** The number of records in a batch file, from its length (checked as {@link #read} checks it). */
  public static long records(Path file) throws DataFileException {
    return DataFiles.reading(file, () -> recordCount(file));
  }

  private static long recordCount(Path file) throws IOException {
    long size = Files.size(file);
    if (size == 0 || size % RECORD_BYTES != 0) {
      String hint = size > 0 && DataFiles.isGzip(file)
          ? " (it is gzip-compressed: extract the official binary version, cifar-10-binary.tar.gz, first)"
          : "";
      throw new DataFileException(file, "length " + size + " is not a positive multiple of the CIFAR-10 record size "
          + RECORD_BYTES + hint);
    }
    return size / RECORD_BYTES;
  }

  private static void readRecords(Path file, int n, int first, float[] features, int[] labels) throws IOException {
    byte[] record = new byte[RECORD_BYTES];
    try (InputStream in = Files.newInputStream(file)) {
      for (int r = 0; r < n; r++) {
        if (in.readNBytes(record, 0, RECORD_BYTES) != RECORD_BYTES) {
          // The length was checked, so only a file changing under us gets here.
          throw new DataFileException(file, "truncated at record " + r + " of " + n);
        }
        int label = record[0] & 0xff;
        if (label >= CLASSES) {
          throw new DataFileException(file, "label " + label + " of record " + r + " is out of range 0.."
              + (CLASSES - 1));
        }
        labels[first + r] = label;
        int o = (first + r) * PIXELS;
        for (int i = 0; i < PIXELS; i++) {
          features[o + i] = record[1 + i] & 0xff;
        }
      }
    }
  }
}
