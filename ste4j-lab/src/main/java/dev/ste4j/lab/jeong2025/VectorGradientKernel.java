package dev.ste4j.lab.jeong2025;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link GradientKernel} on the JDK Vector API. Loaded by name from {@link GradientKernel#selected()} so it links only
 * when the JVM has {@code --add-modules jdk.incubator.vector}.
 *
 * <p>Each output vector is held in registers while all its terms are added (mul, then add: no FMA, so each lane
 * rounds exactly as {@link ScalarGradientKernel} does), then stored once; a scalar tail covers the remainder.
 */
final class VectorGradientKernel implements GradientKernel {

  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

  @Override
  public String name() {
    return "vector";
  }

  @Override
  public void preActivations(float[] cols, int rows, int n, float[] u, float[] x) {
    int w = F.length();
    int r = 0;
    // Two row vectors per pass: two independent add chains hide the add latency.
    for (; r + 2 * w <= rows; r += 2 * w) {
      FloatVector a0 = FloatVector.zero(F);
      FloatVector a1 = FloatVector.zero(F);
      for (int j = 0, off = r; j < n; j++, off += rows) {
        float uj = u[j];
        a0 = a0.add(FloatVector.fromArray(F, cols, off).mul(uj));
        a1 = a1.add(FloatVector.fromArray(F, cols, off + w).mul(uj));
      }
      a0.intoArray(x, r);
      a1.intoArray(x, r + w);
    }
    for (; r + w <= rows; r += w) {
      FloatVector a0 = FloatVector.zero(F);
      for (int j = 0, off = r; j < n; j++, off += rows) {
        a0 = a0.add(FloatVector.fromArray(F, cols, off).mul(u[j]));
      }
      a0.intoArray(x, r);
    }
    for (; r < rows; r++) {
      float s = 0f;
      for (int j = 0, off = r; j < n; j++, off += rows) {
        s += u[j] * cols[off];
      }
      x[r] = s;
    }
  }

  @Override
  public void accumulateRows(float[] z, int n, int[] row, float[] coefficient, int active, float[] g) {
    int w = F.length();
    int j = 0;
    for (; j + 2 * w <= n; j += 2 * w) {
      FloatVector a0 = FloatVector.fromArray(F, g, j);
      FloatVector a1 = FloatVector.fromArray(F, g, j + w);
      for (int a = 0; a < active; a++) {
        int off = row[a] * n + j;
        float c = coefficient[a];
        a0 = a0.add(FloatVector.fromArray(F, z, off).mul(c));
        a1 = a1.add(FloatVector.fromArray(F, z, off + w).mul(c));
      }
      a0.intoArray(g, j);
      a1.intoArray(g, j + w);
    }
    for (; j + w <= n; j += w) {
      FloatVector a0 = FloatVector.fromArray(F, g, j);
      for (int a = 0; a < active; a++) {
        a0 = a0.add(FloatVector.fromArray(F, z, row[a] * n + j).mul(coefficient[a]));
      }
      a0.intoArray(g, j);
    }
    if (j < n) {
      for (int a = 0; a < active; a++) {
        float c = coefficient[a];
        int off = row[a] * n;
        for (int q = j; q < n; q++) {
          g[q] += c * z[off + q];
        }
      }
    }
  }
}
