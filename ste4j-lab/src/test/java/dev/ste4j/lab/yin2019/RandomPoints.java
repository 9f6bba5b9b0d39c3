package dev.ste4j.lab.yin2019;

import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;

/** Seeded random teachers and points for the tests. */
final class RandomPoints {

  private RandomPoints() {}

  /** A teacher and a point (v, w) of its network. */
  record Point(Teacher teacher, double[] v, double[] w) {}

  /** count random points ({@link #randomPoint}) drawn one after another from {@code new Rng(seed)}. */
  static List<Point> randomPoints(long seed, int count, int mRange, int nRange, double s0, double sRange) {
    Rng rng = new Rng(seed);
    List<Point> points = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      points.add(randomPoint(rng, mRange, nRange, s0, sRange));
    }
    return points;
  }

  /**
   * m = 1 + U{0, …, mRange − 1}, n = 2 + U{0, …, nRange − 1}, a teacher, v ~ N(0, I) and w ~ N(0, s²I) with
   * s = s0 + sRange·U(0, 1), drawn from rng in that order.
   */
  private static Point randomPoint(Rng rng, int mRange, int nRange, double s0, double sRange) {
    int m = 1 + rng.nextInt(mRange);
    int n = 2 + rng.nextInt(nRange);
    Teacher t = teacher(rng, m, n);
    double[] v = gaussian(rng, m, 1);
    return new Point(t, v, gaussian(rng, n, s0 + sRange * rng.nextDouble()));
  }

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
