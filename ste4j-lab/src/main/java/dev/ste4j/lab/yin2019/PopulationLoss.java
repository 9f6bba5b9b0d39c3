package dev.ste4j.lab.yin2019;

/**
 * The population loss f(v, w) = E_Z ½(vᵀσ(Zw) − (v*)ᵀσ(Zw*))² for Gaussian Z (Lemma 1) and its gradient (Lemma 2).
 *
 * <pre>
 *   f(v, w)  = ⅛ [ vᵀ(I + 11ᵀ)v − 2vᵀ((1 − 2θ/π)I + 11ᵀ)v* + v*ᵀ(I + 11ᵀ)v* ]      (w ≠ 0)
 *   f(v, 0)  = ⅛ v*ᵀ(I + 11ᵀ)v*                                                      (σ(0) = 0: the network outputs 0)
 *   ∂f/∂v    = ¼(I + 11ᵀ)v − ¼((1 − 2θ/π)I + 11ᵀ)v*                                 (w ≠ 0, any θ)
 *   ∂f/∂w    = −(vᵀv*)/(2π‖w‖) · (I − ŵŵᵀ)ŵ* / ‖(I − ŵŵᵀ)ŵ*‖                       (θ ∈ (0, π))
 * </pre>
 *
 * <p>Where the paper leaves a quantity undefined, this class returns:
 * <ul>
 *   <li>∂f/∂w at θ ∈ {0, π}: the zero vector. f depends on w only through θ, with ∂f/∂θ = vᵀv* / (2π); at θ = 0 and π the
 *       map w ↦ θ has a cone-shaped kink (θ grows like the distance to the ray in every transverse direction), so f is
 *       not differentiable in w there unless vᵀv* = 0, and the direction (I − ŵŵᵀ)ŵ* vanishes. Returning 0 treats these
 *       points as the critical points Proposition 1 lists (the global minimisers at θ = 0, the spurious minimisers at
 *       θ = π), and matches the paper's convention for the undefined term of Lemma 4 at θ = π. Near, but not at, these
 *       angles the formula is used as is: its norm stays |vᵀv*|/(2π‖w‖).
 *   <li>at w = 0: f(v, 0) = ⅛ v*ᵀ(I + 11ᵀ)v* (the paper's value), ∂f/∂v = 0 exactly (f(·, 0) is constant in v), and
 *       ∂f/∂w = 0 — f is not even continuous at w = 0 (its limit along w = tŵ, t ↓ 0, depends on ŵ), so no gradient
 *       exists; 0 is returned so that iterations can proceed, and θ is NaN.
 * </ul>
 * Shapes: v, v* ∈ R^m; w, w* ∈ R^n.
 */
public final class PopulationLoss {

  private PopulationLoss() {}

  /** f(v, w) (Lemma 1). */
  public static double value(double[] v, double[] w, Teacher teacher) {
    teacher.requireShapes(v, w);
    return value(v, AngleFrame.of(w, teacher.wStar()), teacher.vStar());
  }

  static double value(double[] v, AngleFrame frame, double[] vStar) {
    double ss = Vectors.sum(vStar);
    double teacherTerm = Vectors.dot(vStar, vStar) + ss * ss;
    if (frame.isZero()) {
      return teacherTerm / 8.0;
    }
    double s = Vectors.sum(v);
    double cross = (1.0 - 2.0 * frame.theta() / Math.PI) * Vectors.dot(v, vStar) + s * ss;
    return (Vectors.dot(v, v) + s * s - 2.0 * cross + teacherTerm) / 8.0;
  }

  /** ∂f/∂v (Lemma 2); 0 at w = 0. Length m. */
  public static double[] gradV(double[] v, double[] w, Teacher teacher) {
    teacher.requireShapes(v, w);
    return gradV(v, AngleFrame.of(w, teacher.wStar()), teacher.vStar());
  }

  static double[] gradV(double[] v, AngleFrame frame, double[] vStar) {
    double[] g = new double[v.length];
    if (frame.isZero()) {
      return g;
    }
    double s = Vectors.sum(v);
    double ss = Vectors.sum(vStar);
    double c = 1.0 - 2.0 * frame.theta() / Math.PI;
    for (int i = 0; i < g.length; i++) {
      g[i] = 0.25 * (v[i] + s) - 0.25 * (c * vStar[i] + ss);
    }
    return g;
  }

  /** ∂f/∂w (Lemma 2); the zero vector at θ ∈ {0, π} and at w = 0 (see the class comment). Length n. */
  public static double[] gradW(double[] v, double[] w, Teacher teacher) {
    teacher.requireShapes(v, w);
    return gradW(v, AngleFrame.of(w, teacher.wStar()), teacher.vStar());
  }

  static double[] gradW(double[] v, AngleFrame frame, double[] vStar) {
    if (!frame.isInterior()) {
      return new double[frame.normal().length];
    }
    // ∂f/∂w scales as 1/‖w‖ (f depends on w through its direction only): divided without forming 1/‖w‖.
    return frame.overNorm(-Vectors.dot(v, vStar), 2.0 * Math.PI, frame.normal());
  }
}
