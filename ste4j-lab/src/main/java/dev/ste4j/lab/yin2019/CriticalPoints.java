package dev.ste4j.lab.yin2019;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The critical points of the population loss (Proposition 1), with s = 1ᵀv*, S = ‖v*‖² and
 * (I + 11ᵀ)⁻¹x = x − (1ᵀx)/(m+1)·1:
 *
 * <ul>
 *   <li>global minimizers: θ = 0, v = v* (f = 0);
 *   <li>if s² &lt; (m+1)S/2, saddle points: v = (I + 11ᵀ)⁻¹(−s²/((m+1)S − s²)·I + 11ᵀ)v*,
 *       θ = (π/2)(m+1)S/((m+1)S − s²) ∈ (π/2, π) — there vᵀv* = 0, so ∂f/∂w = 0 as well as ∂f/∂v = 0;
 *   <li>under the same condition, spurious local minimizers: θ = π, v = (I + 11ᵀ)⁻¹(11ᵀ − I)v*.
 * </ul>
 *
 * At the spurious minimizer the identity STE's expected coarse gradient does not vanish:
 * ‖E g_id‖ = 2(m−1)s²/(√(2π)(m+1)²) ({@link #identityNormAtSpurious}), while the ReLU and clipped-ReLU ones do (h = 0
 * there and p(π) = q(π) = 0).
 */
public final class CriticalPoints {

  private CriticalPoints() {}

  /** Whether saddles and spurious minimizers exist: (1ᵀv*)² &lt; (m+1)/2 · ‖v*‖². */
  public static boolean hasSpurious(Teacher t) {
    double s = Vectors.sum(t.vStar());
    double ss = Vectors.dot(t.vStar(), t.vStar());
    return s * s < (t.m() + 1) * ss / 2.0;
  }

  /** The global minimizer (v*, ŵ*). */
  public static CriticalPoint globalMinimizer(Teacher t) {
    return new CriticalPoint("global minimizer", t.vStar(), t.unitWStar(), 0);
  }

  /** The saddle point with w in the plane of ŵ* and a fixed unit normal; empty when it does not exist. */
  public static Optional<CriticalPoint> saddle(Teacher t) {
    if (!hasSpurious(t)) {
      return Optional.empty();
    }
    double[] vs = t.vStar();
    int m = t.m();
    double s = Vectors.sum(vs);
    double big = (m + 1) * Vectors.dot(vs, vs);
    double d = big - s * s;
    double[] x = new double[m];
    for (int i = 0; i < m; i++) {
      x[i] = -s * s / d * vs[i] + s;
    }
    double theta = 0.5 * Math.PI * big / d;
    double[] us = t.unitWStar();
    double[] w = Vectors.combine(Math.cos(theta), us, Math.sin(theta), normalTo(us));
    return Optional.of(new CriticalPoint("saddle", inverseIPlusOnes(x), w, theta));
  }

  /** The spurious local minimizer ((I + 11ᵀ)⁻¹(11ᵀ − I)v*, −ŵ*); empty when it does not exist. */
  public static Optional<CriticalPoint> spuriousMinimizer(Teacher t) {
    if (!hasSpurious(t)) {
      return Optional.empty();
    }
    double[] vs = t.vStar();
    double s = Vectors.sum(vs);
    double[] x = new double[vs.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = s - vs[i];
    }
    return Optional.of(new CriticalPoint("spurious minimizer", inverseIPlusOnes(x),
        Vectors.scale(-1, t.unitWStar()), Math.PI));
  }

  /** All critical points of Proposition 1 for this teacher (the global minimizer first). */
  public static List<CriticalPoint> all(Teacher t) {
    List<CriticalPoint> list = new ArrayList<>();
    list.add(globalMinimizer(t));
    saddle(t).ifPresent(list::add);
    spuriousMinimizer(t).ifPresent(list::add);
    return list;
  }

  /** The paper's ‖E g_id‖ at the spurious minimizer: 2(m−1)(1ᵀv*)² / (√(2π)(m+1)²). */
  public static double identityNormAtSpurious(Teacher t) {
    double s = Vectors.sum(t.vStar());
    int m = t.m();
    return 2.0 * (m - 1) * s * s / (Math.sqrt(2.0 * Math.PI) * (m + 1) * (m + 1));
  }

  /**
   * Theorem 2's sufficient conditions for ReLU / clipped-ReLU coarse gradient descent (small η) to reach a global
   * minimizer from (v⁰, w⁰): (v⁰)ᵀv* > 0, θ(w⁰, w*) &lt; π/2 and (1ᵀv*)(1ᵀv⁰) ≤ (1ᵀv*)².
   */
  public static boolean satisfiesTheorem2(double[] v0, double[] w0, Teacher t) {
    t.requireShapes(v0, w0);
    double[] vs = t.vStar();
    double s = Vectors.sum(vs);
    AngleFrame frame = AngleFrame.of(w0, t.wStar());
    return Vectors.dot(v0, vs) > 0 && frame.theta() < 0.5 * Math.PI && s * Vectors.sum(v0) <= s * s;
  }

  static double[] inverseIPlusOnes(double[] x) {
    double c = Vectors.sum(x) / (x.length + 1);
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] - c;
    }
    return y;
  }

  /** A unit vector orthogonal to the unit vector u (n ≥ 2): the least-aligned axis, Gram–Schmidt against u. */
  static double[] normalTo(double[] u) {
    if (u.length < 2) {
      throw new IllegalArgumentException("a saddle needs n >= 2 (no direction orthogonal to w* when n = 1)");
    }
    int k = 0;
    for (int i = 1; i < u.length; i++) {
      if (Math.abs(u[i]) < Math.abs(u[k])) {
        k = i;
      }
    }
    double[] e = new double[u.length];
    e[k] = 1;
    return Vectors.unit(Vectors.combine(1, e, -u[k], u));
  }
}
