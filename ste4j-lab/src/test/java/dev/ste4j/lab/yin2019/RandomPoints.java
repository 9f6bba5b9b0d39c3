package dev.ste4j.lab.yin2019;

import dev.ste4j.tensor.random.Rng;

/** Seeded random teachers and points for the tests. */
final class RandomPoints {

  private RandomPoints() {}

  static double[] gaussian(Rng rng, int length, double scale) {
    double[] x = new double[length];
    for (int i = 0; i < length; i++) {
      x[i] = scale * rng.nextGaussian();
    }
    return x;
  }

  /** A teacher with v* ~ N(0, I) and a unit w*. */
  static Teacher teacher(Rng rng, int m, int n) {
    return new Teacher(gaussian(rng, m, 1), Vectors.unit(gaussian(rng, n, 1)));
  }

  /** A teacher for which the spurious minimizer and saddle exist (rejection sampling). */
  static Teacher teacherWithSpurious(Rng rng, int m, int n) {
    while (true) {
      Teacher t = teacher(rng, m, n);
      if (CriticalPoints.hasSpurious(t) && Math.abs(Vectors.sum(t.vStar())) > 0.3) {
        return t;
      }
    }
  }

  static double maxAbs(double[] x) {
    double r = 0;
    for (double d : x) {
      r = Math.max(r, Math.abs(d));
    }
    return r;
  }
}
