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
 * <p>Every quantity but ‖w‖ is computed from w·2^−k, k the exponent of max |wᵢ| (an exact scaling), so θ, ŵ and e
 * are the same for w and c·w at any scale, bitwise when c is a power of two: w = (1e200, 0) or (1e-320, 0) has the
 * direction of (1, 0). ‖w‖ itself is {@code scaledNorm}·2^k; {@link #norm} rounds that to a double (+∞ past the
 * double range), and {@link #overNorm} divides by it without forming it.
 *
 * @param norm ‖w‖
 * @param unitW ŵ (zero when w = 0)
 * @param unitWStar ŵ*
 * @param theta θ ∈ [0, π], NaN when w = 0
 * @param normal e, zero when θ ∈ {0, π} or w = 0
 * @param scaledNorm ‖w‖·2^−exponent, in [1, 2√n) (0 when w = 0)
 * @param exponent k, the exponent of max |wᵢ| (0 when w = 0)
 */
public record AngleFrame(double norm, double[] unitW, double[] unitWStar, double theta, double[] normal,
                         double scaledNorm, int exponent) {

  /** ‖ŵ ∓ ŵ*‖ at or below this (a few ulps of a unit vector) means θ is exactly 0 or π. */
  static final double SNAP = 4e-16;

  /** The frame of w against the teacher's w*. */
  public static AngleFrame of(double[] w, double[] wStar) {
    double[] us = Vectors.unit(wStar);
    int k = Vectors.scaleExponent(w);
    double a = Math.sqrt(Vectors.sumOfSquares(w, k));
    if (a == 0) {
      return new AngleFrame(0, new double[w.length], us, Double.NaN, new double[w.length], 0, 0);
    }
    double[] u = Vectors.unit(w);
    double minus = Vectors.distance(u, us);
    double plus = Vectors.norm(Vectors.combine(1, u, 1, us));
    // Unit vectors carry rounding of a few ulps: differences at that level are read as exact (anti)alignment.
    double theta = minus <= SNAP ? 0 : plus <= SNAP ? Math.PI : 2.0 * Math.atan2(minus, plus);
    double[] perp = Vectors.combine(1, us, -Vectors.dot(u, us), u);
    double pn = Vectors.norm(perp);
    double[] e = theta == 0 || theta == Math.PI || pn == 0 ? new double[w.length] : Vectors.scale(1.0 / pn, perp);
    return new AngleFrame(Math.scalb(a, k), u, us, theta, e, a, k);
  }

  /**
   * (c/(d·‖w‖))·xᵢ elementwise: (c/(d·scaledNorm))·xᵢ is formed first and then scaled by 2^−exponent, so a
   * gradient that scales as 1/‖w‖ is exact for tiny and huge w alike; an entry is ±∞ only when its true value lies
   * beyond the double range. Bitwise the same as (c/(d·‖w‖))·xᵢ wherever that neither overflows nor underflows.
   */
  public double[] overNorm(double c, double d, double[] x) {
    double[] y = Vectors.scale(c / (d * scaledNorm), x);
    for (int i = 0; i < y.length; i++) {
      y[i] = Math.scalb(y[i], -exponent);
    }
    return y;
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
