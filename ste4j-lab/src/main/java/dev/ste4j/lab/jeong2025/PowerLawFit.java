package dev.ste4j.lab.jeong2025;

/**
 * Least-squares fit of log y = log c + k·log x (y = c·xᵏ) — the sample-complexity exponent k in N* ∝ nᵏ.
 *
 * @param exponent k, the slope on log–log axes
 * @param prefactor c
 * @param standardError the ordinary least-squares standard error of k (NaN with fewer than three points)
 * @param rSquared the coefficient of determination on log–log axes (NaN when the log y values are all equal)
 * @param points the number of (x, y) pairs used
 */
public record PowerLawFit(double exponent, double prefactor, double standardError, double rSquared, int points) {

  /**
   * Fits the points with finite, positive x and y (others are skipped).
   *
   * @throws IllegalArgumentException if fewer than two usable points remain or the x values are all equal
   */
  public static PowerLawFit fit(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("power-law fit needs as many x as y values, got " + x.length + " and "
          + y.length);
    }
    int p = 0;
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < x.length; i++) {
      if (usable(x[i], y[i])) {
        p++;
        sx += Math.log(x[i]);
        sy += Math.log(y[i]);
      }
    }
    if (p < 2) {
      throw new IllegalArgumentException("power-law fit needs at least two points with positive x and y, got " + p);
    }
    double mx = sx / p;
    double my = sy / p;
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      if (usable(x[i], y[i])) {
        double dx = Math.log(x[i]) - mx;
        double dy = Math.log(y[i]) - my;
        sxx += dx * dx;
        sxy += dx * dy;
        syy += dy * dy;
      }
    }
    if (sxx == 0) {
      throw new IllegalArgumentException("power-law fit needs at least two distinct x values");
    }
    double k = sxy / sxx;
    double rss = Math.max(0, syy - k * sxy);
    double se = p > 2 ? Math.sqrt(rss / (p - 2) / sxx) : Double.NaN;
    double r2 = syy > 0 ? 1 - rss / syy : Double.NaN;
    return new PowerLawFit(k, Math.exp(my - k * mx), se, r2, p);
  }

  /** c·xᵏ. */
  public double predict(double x) {
    return prefactor * Math.pow(x, exponent);
  }

  private static boolean usable(double x, double y) {
    return x > 0 && y > 0 && Double.isFinite(x) && Double.isFinite(y);
  }
}
