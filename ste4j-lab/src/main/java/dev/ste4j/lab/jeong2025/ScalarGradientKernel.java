package dev.ste4j.lab.jeong2025;

/** The reference implementation of {@link GradientKernel}: plain loops that the JIT may vectorise on its own. */
final class ScalarGradientKernel implements GradientKernel {

  private static final int BLOCK = 1024;

  @Override
  public String name() {
    return "scalar";
  }

  @Override
  public void preActivations(float[] cols, int rows, int n, float[] u, float[] x) {
    // Blocks of rows keep x in the first-level cache while every feature column streams past it.
    for (int from = 0; from < rows; from += BLOCK) {
      int to = Math.min(rows, from + BLOCK);
      java.util.Arrays.fill(x, from, to, 0f);
      for (int j = 0; j < n; j++) {
        float uj = u[j];
        int off = j * rows;
        for (int r = from; r < to; r++) {
          x[r] += uj * cols[off + r];
        }
      }
    }
  }

  @Override
  public void accumulateRows(float[] z, int n, int[] row, float[] coefficient, int active, float[] g) {
    for (int a = 0; a < active; a++) {
      float c = coefficient[a];
      int off = row[a] * n;
      for (int j = 0; j < n; j++) {
        g[j] += c * z[off + j];
      }
    }
  }
}
