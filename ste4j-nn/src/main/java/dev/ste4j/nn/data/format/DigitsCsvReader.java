package dev.ste4j.nn.data.format;

import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the scikit-learn digits file ({@code digits.csv.gz}, plain or gzip-compressed, detected by magic bytes): 1797
 * handwritten digits as 8 × 8 images of 4×4-block pixel counts.
 *
 * <p>Each non-blank line holds {@value #FEATURES} comma-separated feature values in [0, {@value #MAX_VALUE}] (the 8 × 8
 * image, row by row), then the label, an integer 0–9. Numbers are plain decimals ({@code 5} or {@code 5.0}); signs,
 * exponents, {@code NaN} and infinities are rejected. Lines end in LF or CRLF and may not exceed
 * {@value #MAX_LINE} characters, so a file without line breaks cannot make the reader buffer it whole. The arrays grow
 * with the rows actually read. The sample shape is {@code [64]}; {@link Dataset#reshape} gives {@code [1, 8, 8]}.
 */
public final class DigitsCsvReader {

  public static final int FEATURES = 64;
  public static final int CLASSES = 10;
  public static final float MAX_VALUE = 16f;
  static final int MAX_LINE = 4096;

  private DigitsCsvReader() {}

  /** Reads the file into a dataset of shape {@code [64]} with the raw values 0..16. */
  public static Dataset read(String name, Path file) throws DataFileException {
    return DataFiles.reading(file, () -> {
      float[] features = new float[FEATURES * 256];
      int[] labels = new int[256];
      int rows = 0;
      byte[] line = new byte[MAX_LINE];
      float[] row = new float[FEATURES + 1];
      try (InputStream in = DataFiles.open(file)) {
        int lineNo = 0;
        while (true) {
          int len = readLine(in, line, file, lineNo + 1);
          if (len < 0) {
            break;
          }
          lineNo++;
          if (isBlank(line, len)) {
            continue;
          }
          parseRow(line, len, row, file, lineNo);
          if (rows == labels.length) {
            if ((long) rows * 2 * FEATURES > DataFiles.MAX_ARRAY) {
              throw new DataFileException(file, "more rows than an array can hold");
            }
            labels = Arrays.copyOf(labels, rows * 2);
            features = Arrays.copyOf(features, rows * 2 * FEATURES);
          }
          System.arraycopy(row, 0, features, rows * FEATURES, FEATURES);
          labels[rows++] = (int) row[FEATURES];
        }
      }
      if (rows == 0) {
        throw new DataFileException(file, "no data rows");
      }
      return new Dataset(name, Arrays.copyOf(features, rows * FEATURES), Arrays.copyOf(labels, rows),
          new int[] {FEATURES}, CLASSES);
    });
  }

  /** Reads one line without its terminator; −1 at the end of the stream. */
  private static int readLine(InputStream in, byte[] line, Path file, int lineNo) throws IOException {
    int len = 0;
    int b = in.read();
    if (b < 0) {
      return -1;
    }
    while (b >= 0 && b != '\n') {
      if (len == line.length) {
        throw new DataFileException(file, "line " + lineNo + " is longer than " + MAX_LINE + " characters");
      }
      line[len++] = (byte) b;
      b = in.read();
    }
    if (len > 0 && line[len - 1] == '\r') {
      len--;
    }
    return len;
  }

  private static boolean isBlank(byte[] line, int len) {
    for (int i = 0; i < len; i++) {
      if (line[i] != ' ' && line[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private static void parseRow(byte[] line, int len, float[] row, Path file, int lineNo) throws DataFileException {
    int field = 0;
    int start = 0;
    for (int i = 0; i <= len; i++) {
      if (i == len || line[i] == ',') {
        if (field > FEATURES) {
          throw new DataFileException(file, "line " + lineNo + " has more than " + (FEATURES + 1) + " fields");
        }
        row[field] = parseNumber(line, start, i, file, lineNo, field);
        field++;
        start = i + 1;
      }
    }
    if (field != FEATURES + 1) {
      throw new DataFileException(file, "line " + lineNo + " has " + field + " fields, expected " + (FEATURES + 1)
          + " (64 features, then the label)");
    }
    for (int f = 0; f < FEATURES; f++) {
      if (row[f] > MAX_VALUE) {
        throw new DataFileException(file, "line " + lineNo + ", field " + (f + 1) + ": value " + row[f]
            + " is outside 0.." + (int) MAX_VALUE);
      }
    }
    float label = row[FEATURES];
    if (label != Math.rint(label) || label >= CLASSES) {
      throw new DataFileException(file, "line " + lineNo + ": label " + label + " is not an integer in 0.."
          + (CLASSES - 1));
    }
  }

  /** A non-negative decimal: digits, optionally a point and more digits, with surrounding spaces allowed. */
  private static float parseNumber(byte[] s, int from, int to, Path file, int lineNo, int field)
      throws DataFileException {
    while (from < to && s[from] == ' ') {
      from++;
    }
    while (to > from && s[to - 1] == ' ') {
      to--;
    }
    int digits = 0;
    int point = -1;
    for (int i = from; i < to; i++) {
      if (s[i] >= '0' && s[i] <= '9') {
        digits++;
      } else if (s[i] == '.' && point < 0) {
        point = i;
      } else {
        throw new DataFileException(file, "line " + lineNo + ", field " + (field + 1) + ": '"
            + new String(s, from, to - from, StandardCharsets.ISO_8859_1) + "' is not a number");
      }
    }
    if (digits == 0 || digits > 30) {
      throw new DataFileException(file, "line " + lineNo + ", field " + (field + 1)
          + (digits == 0 ? " is empty" : " has too many digits"));
    }
    return Float.parseFloat(new String(s, from, to - from, StandardCharsets.US_ASCII));
  }
}
