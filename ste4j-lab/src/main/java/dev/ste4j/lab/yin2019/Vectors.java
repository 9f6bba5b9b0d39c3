package dev.ste4j.lab.yin2019;

/** The few dense double-vector operations the closed forms need. Package-private helpers; no shape checks. */
final class Vectors {

  private Vectors() {}

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double sum(double[] a) {
    double s = 0;
    for (double x : a) {
      s += x;
    }
    return s;
  }

  /**
   * ‖a‖ without overflow or underflow in the squares: the entries are scaled by the power of two 2^−e nearest below
   * max |aᵢ| (exact), squared and summed, and the root scaled back. Bitwise the same as √(aᵀa) wherever that does not
   * overflow or underflow; +∞ only when ‖a‖ itself exceeds the double range.
   */
  static double norm(double[] a) {
    int e = scaleExponent(a);
    return Math.scalb(Math.sqrt(sumOfSquares(a, e)), e);
  }

  /** The exponent e of max |aᵢ| (max |aᵢ|·2^−e ∈ [1, 2) for normal numbers); 0 for the zero vector. */
  static int scaleExponent(double[] a) {
    double max = 0;
    for (double x : a) {
      max = Math.max(max, Math.abs(x));
    }
    return max == 0 ? 0 : Math.getExponent(max);
  }

  /** Σ (aᵢ·2^−e)²: every term is at most 4 for e = {@link #scaleExponent}, so the sum cannot overflow. */
  static double sumOfSquares(double[] a, int e) {
    double s = 0;
    for (double x : a) {
      double y = Math.scalb(x, -e);
      s += y * y;
    }
    return s;
  }

  static double[] scale(double c, double[] a) {
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      y[i] = c * a[i];
    }
    return y;
  }

  /** c1·a + c2·b. */
  static double[] combine(double c1, double[] a, double c2, double[] b) {
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      y[i] = c1 * a[i] + c2 * b[i];
    }
    return y;
  }

  /** a/‖a‖, computed on a·2^−e (see {@link #norm}) so that no entry's square overflows or underflows. */
  static double[] unit(double[] a) {
    int e = scaleExponent(a);
    return scale(1.0 / Math.sqrt(sumOfSquares(a, e)), scalb(a, -e));
  }

  /** a·2^k, entry by entry (exact unless an entry leaves the double range). */
  static double[] scalb(double[] a, int k) {
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      y[i] = Math.scalb(a[i], k);
    }
    return y;
  }

  static double distance(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      s += d * d;
    }
    return Math.sqrt(s);
  }

  static boolean isZero(double[] a) {
    for (double x : a) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  /** The concatenation (a, b), used for the full (v, w) gradient. */
  static double[] concat(double[] a, double[] b) {
    double[] y = new double[a.length + b.length];
    System.arraycopy(a, 0, y, 0, a.length);
    System.arraycopy(b, 0, y, a.length, b.length);
    return y;
  }
}
