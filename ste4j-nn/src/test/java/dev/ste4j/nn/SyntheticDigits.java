package dev.ste4j.nn;

import dev.ste4j.tensor.random.Rng;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small data made by the tests themselves: a digits-format file (64 values 0–16 and a label per row) of noisy class
 * prototypes, shared by the CLI and Spark tests through this module's test jar.
 */
public final class SyntheticDigits {

  private SyntheticDigits() {}

  /** Writes {@code dir/digits.csv.gz} (plain text; the reader detects compression) with {@code rows} samples. */
  public static Path write(Path dir, int rows, long seed) throws IOException {
    Rng rng = new Rng(seed);
    int[][] prototypes = new int[10][64];
    for (int[] p : prototypes) {
      for (int i = 0; i < 64; i++) {
        p[i] = rng.nextInt(17);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < rows; r++) {
      int label = rng.nextInt(10);
      for (int i = 0; i < 64; i++) {
        sb.append(Math.max(0, Math.min(16, prototypes[label][i] + rng.nextInt(9) - 4))).append(',');
      }
      sb.append(label).append('\n');
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("digits.csv.gz"), sb.toString());
    return dir;
  }
}
