package dev.ste4j.lab.yin2019;

import java.util.Arrays;

/**
 * The teacher network y*(Z) = (v*)ᵀσ(Zw*) that labels the data: v* ∈ R^m, w* ∈ R^n, w* ≠ 0.
 *
 * <p>σ(Zw*) does not change when w* is scaled by a positive number, so only the direction ŵ* = w* / ‖w*‖ matters; the
 * paper assumes ‖w*‖ = 1 and the closed forms here use {@link #unitWStar()}. Arrays are copied in and out.
 */
public record Teacher(double[] vStar, double[] wStar) {

  public Teacher {
    if (vStar == null || wStar == null) {
      throw new IllegalArgumentException("teacher needs vStar and wStar");
    }
    if (vStar.length == 0 || wStar.length == 0) {
      throw new IllegalArgumentException("teacher vectors must be non-empty, got m = " + vStar.length
          + ", n = " + wStar.length);
    }
    requireFinite("vStar", vStar);
    requireFinite("wStar", wStar);
    if (Vectors.isZero(wStar)) {
      throw new IllegalArgumentException("wStar must be non-zero (its direction defines the teacher)");
    }
    vStar = vStar.clone();
    wStar = wStar.clone();
  }

  /** Number of patches (rows of Z), the length of v. */
  public int m() {
    return vStar.length;
  }

  /** Patch dimension (columns of Z), the length of w. */
  public int n() {
    return wStar.length;
  }

  @Override
  public double[] vStar() {
    return vStar.clone();
  }

  @Override
  public double[] wStar() {
    return wStar.clone();
  }

  /** ŵ* = w* / ‖w*‖. */
  public double[] unitWStar() {
    return Vectors.unit(wStar);
  }

  /** Checks that (v, w) has the teacher's shapes and finite entries; the message names the vector and the sizes. */
  public void requireShapes(double[] v, double[] w) {
    if (v.length != m()) {
      throw new IllegalArgumentException("v has length " + v.length + " but vStar has length m = " + m());
    }
    if (w.length != n()) {
      throw new IllegalArgumentException("w has length " + w.length + " but wStar has length n = " + n());
    }
    requireFinite("v", v);
    requireFinite("w", w);
  }

  static void requireFinite(String name, double[] x) {
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] is not finite: " + x[i]);
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Teacher t && Arrays.equals(vStar, t.vStar) && Arrays.equals(wStar, t.wStar);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(vStar) + Arrays.hashCode(wStar);
  }

  @Override
  public String toString() {
    return "Teacher[vStar=" + Arrays.toString(vStar) + ", wStar=" + Arrays.toString(wStar) + "]";
  }
}
