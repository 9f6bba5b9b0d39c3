package dev.ste4j.lab.yin2019;

/**
 * The geometry of w relative to the teacher direction ŵ*: the norm ‖w‖, the unit vectors ŵ and ŵ*, the angle
 * θ = θ(w, w*) ∈ [0, π], and the unit vector e = (I − ŵŵᵀ)ŵ* / ‖(I − ŵŵᵀ)ŵ*‖ orthogonal to ŵ in the plane of w and w*.
 *
 * <p>θ is computed as 2·atan2(‖ŵ − ŵ*‖, ‖ŵ + ŵ*‖), which keeps full relative accuracy near 0 and π (arccos of the
 * cosine loses half the digits there); when ‖ŵ − ŵ*‖ or ‖ŵ + ŵ*‖ is at rounding level (≤ 4e-16) θ is exactly 0 or π,
 * so that w = −c·w* built in floating point is recognised as the paper's θ = π. Where e is undefined — θ = 0 or θ = π, where (I − ŵŵᵀ)ŵ* = 0 — {@link #normal()}
 * is the zero vector; every formula that uses it multiplies it by a factor that vanishes there (sin θ, q(θ, w)), or
 * the caller documents what it returns. At w = 0 nothing but ‖w‖ = 0 is defined: θ is NaN and ŵ, e are zero vectors.
 *
 * @param norm ‖w‖
 * @param unitW ŵ (zero when w = 0)
 * @param unitWStar ŵ*
 * @param theta θ ∈ [0, π], NaN when w = 0
 * @param normal e, zero when θ ∈ {0, π} or w = 0
 */
public record AngleFrame(double norm, double[] unitW, double[] unitWStar, double theta, double[] normal) {

  /** ‖ŵ ∓ ŵ*‖ at or below this (a few ulps of a unit vector) means θ is exactly 0 or π. */
  static final double SNAP = 4e-16;

  /** The frame of w against the teacher's w*. */
  public static AngleFrame of(double[] w, double[] wStar) {
    double[] us = Vectors.unit(wStar);
    double a = Vectors.norm(w);
    if (a == 0) {
      return new AngleFrame(0, new double[w.length], us, Double.NaN, new double[w.length]);
    }
    double[] u = Vectors.scale(1.0 / a, w);
    double minus = Vectors.distance(u, us);
    double plus = Vectors.norm(Vectors.combine(1, u, 1, us));
    // Unit vectors carry rounding of a few ulps: differences at that level are read as exact (anti)alignment.
    double theta = minus <= SNAP ? 0 : plus <= SNAP ? Math.PI : 2.0 * Math.atan2(minus, plus);
    double[] perp = Vectors.combine(1, us, -Vectors.dot(u, us), u);
    double pn = Vectors.norm(perp);
    double[] e = theta == 0 || theta == Math.PI || pn == 0 ? new double[w.length] : Vectors.scale(1.0 / pn, perp);
    return new AngleFrame(a, u, us, theta, e);
  }

  /** Whether w = 0 (θ undefined). */
  public boolean isZero() {
    return norm == 0;
  }

  /** Whether θ ∈ (0, π), where the population loss is differentiable in w. */
  public boolean isInterior() {
    return norm > 0 && theta > 0 && theta < Math.PI;
  }
}
