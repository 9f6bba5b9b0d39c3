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

  static double norm(double[] a) {
    // hypot-style scaling is unnecessary here: the model's vectors are of moderate size.
    return Math.sqrt(dot(a, a));
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

  static double[] unit(double[] a) {
    double n = norm(a);
    return scale(1.0 / n, a);
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
