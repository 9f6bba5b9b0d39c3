package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;

/**
 * How an expected coarse gradient E g_μ lines up with the true population gradient at one point.
 *
 * <ul>
 *   <li>{@code innerW} = ⟨E g_μ, ∂f/∂w⟩ and {@code cosineW} its cosine. In closed form (θ ∈ (0, π), w ≠ 0):
 *       identity (vᵀv*)² sin θ / ((2π)^{3/2}‖w‖); ReLU half of that, sin θ (vᵀv*)² / (2(2π)^{3/2}‖w‖) (as stated after
 *       Lemma 4); clipped ReLU (vᵀv*)² q(θ, w)/(2π‖w‖). All are ≥ 0 — the paper's point: −E g_μ is a descent
 *       direction. ({@link #innerWClosedForm}.)
 *   <li>{@code innerFull}, {@code cosineFull}: the same for the whole search direction (∂f/∂v, E g_μ) of Algorithm 1
 *       against (∂f/∂v, ∂f/∂w); innerFull = ‖∂f/∂v‖² + innerW.
 *   <li>{@code descentRatio} = ‖(∂f/∂v, E g_μ)‖² / innerFull. For an L-smooth loss a step η decreases f when
 *       η &lt; 2/(L·ratio), so where the ratio blows up no fixed step size is safe. Near the spurious minimizer it grows
 *       like 1/(π − θ) for the identity STE (its E g stays at the non-zero value of {@link
 *       CriticalPoints#identityNormAtSpurious} while innerFull → 0) and stays bounded for ReLU and clipped ReLU. This
 *       is our reading of the paper's Eq. 16 ratio, whose text the project notes do not reproduce.
 * </ul>
 *
 * A cosine or ratio whose denominator is exactly 0 (e.g. ∂f/∂w = 0 at θ ∈ {0, π} or at w = 0) is NaN.
 */
public record Alignment(double innerW, double cosineW, double innerFull, double cosineFull, double descentRatio) {

  /** The alignment of STE {@code ste} at an evaluated point. */
  public static Alignment of(PopulationPoint point, SteVariant ste) {
    double[] g = point.coarse(ste);
    double[] gw = point.gradW();
    double[] gv = point.gradV();
    double innerW = Vectors.dot(g, gw);
    double innerFull = Vectors.dot(gv, gv) + innerW;
    double dirSq = Vectors.dot(gv, gv) + Vectors.dot(g, g);
    double trueNorm = Math.sqrt(Vectors.dot(gv, gv) + Vectors.dot(gw, gw));
    return new Alignment(innerW, ratio(innerW, Vectors.norm(g) * Vectors.norm(gw)), innerFull,
        ratio(innerFull, Math.sqrt(dirSq) * trueNorm), ratio(dirSq, innerFull));
  }

  /** ⟨E g_μ, ∂f/∂w⟩ from the closed forms above; 0 at θ ∈ {0, π} and at w = 0. */
  public static double innerWClosedForm(
      SteVariant ste, double[] v, double[] w, Teacher teacher, ClippedReluIntegrals integrals) {
    teacher.requireShapes(v, w);
    AngleFrame frame = AngleFrame.of(w, teacher.wStar());
    if (!frame.isInterior()) {
      return 0;
    }
    double vvs = Vectors.dot(v, teacher.vStar());
    double a = frame.norm();
    double identity = vvs * vvs * Math.sin(frame.theta()) / (Math.pow(2 * Math.PI, 1.5) * a);
    return switch (ste) {
      case IDENTITY -> identity;
      case RELU -> identity / 2;
      case CLIPPED_RELU -> vvs * vvs * integrals.q(frame.theta(), a) / (2 * Math.PI * a);
    };
  }

  private static double ratio(double num, double den) {
    return den == 0 ? Double.NaN : num / den;
  }
}
