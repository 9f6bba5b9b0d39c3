package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;

/**
 * The expected coarse gradient E_Z[g_μ(v, w; Z)] of Eq. 5, g_μ = Zᵀ(μ'(Zw) ⊙ v)(vᵀσ(Zw) − y*), in closed form for
 * Gaussian Z. With ŵ, ŵ*, θ and the unit normal e of {@link AngleFrame}, h = ‖v‖² + (1ᵀv)² − (1ᵀv)(1ᵀv*) + vᵀv*:
 *
 * <pre>
 *   identity (Lemma 9):     (1/√(2π)) (‖v‖² ŵ − (vᵀv*) ŵ*)
 *   ReLU (Lemma 4):         h/(2√(2π)) ŵ − cos(θ/2)(vᵀv*)/√(2π) · (ŵ + ŵ*)/‖ŵ + ŵ*‖
 *                         = h/(2√(2π)) ŵ − (vᵀv*)/(2√(2π)) · (ŵ + ŵ*)            (‖ŵ + ŵ*‖ = 2cos(θ/2))
 *   clipped ReLU (Lemma 7): p(0,w) h/2 ŵ − (vᵀv*) csc(θ/2) q(θ,w) (ŵ + ŵ*)/‖ŵ + ŵ*‖ − (vᵀv*)(p(θ,w) − cot(θ/2) q(θ,w)) ŵ
 *                         = p(0,w) h/2 ŵ − (vᵀv*)(p(θ,w) ŵ + q(θ,w) e)
 * </pre>
 *
 * The second line of each pair is the same vector written without the 0/0 forms at θ = π (and at θ = 0 for the
 * clipped ReLU), using ŵ* = cos θ ŵ + sin θ e and 1/sin θ − cot(θ/2) = −cot θ; it is what is evaluated. It gives, at
 * θ = π, the paper's convention that the second ReLU term is 0, and p(π, w) = q(π, w) = 0 for the clipped ReLU; at
 * θ = 0 the clipped-ReLU term q·e is 0 (q(0, w) = 0). The clipped-ReLU gradient depends on ‖w‖ through p and q (the clip
 * zᵀw &lt; 1), so w is not normalised there.
 *
 * <p>At w = 0 the expectation is taken of Eq. 5 at w = 0 itself (not a limit): every pre-activation Zw is exactly 0,
 * so σ(Zw) = 0, the network outputs 0, and μ'(0) = 1 (identity), 0 (ReLU, clipped ReLU). Hence E g_id = −(vᵀv*) ŵ* / √(2π)
 * and the ReLU and clipped-ReLU expected coarse gradients are 0.
 *
 * <p>Not thread-safe (the clipped-ReLU integrals own an integrator); use one instance per thread.
 */
public final class ExpectedCoarseGradient {

  private static final double SQRT_2PI = Math.sqrt(2.0 * Math.PI);
  private final ClippedReluIntegrals integrals;

  public ExpectedCoarseGradient() {
    this(new ClippedReluIntegrals());
  }

  public ExpectedCoarseGradient(ClippedReluIntegrals integrals) {
    this.integrals = integrals;
  }

  /** E_Z[g_μ(v, w; Z)] for the given STE. Length n. */
  public double[] of(SteVariant ste, double[] v, double[] w, Teacher teacher) {
    teacher.requireShapes(v, w);
    return of(ste, v, AngleFrame.of(w, teacher.wStar()), teacher.vStar());
  }

  double[] of(SteVariant ste, double[] v, AngleFrame frame, double[] vStar) {
    double vv = Vectors.dot(v, v);
    double vvs = Vectors.dot(v, vStar);
    double[] u = frame.unitW();
    double[] us = frame.unitWStar();
    if (frame.isZero()) {
      return ste == SteVariant.IDENTITY ? Vectors.scale(-vvs / SQRT_2PI, us) : new double[u.length];
    }
    return switch (ste) {
      case IDENTITY -> Vectors.combine(vv / SQRT_2PI, u, -vvs / SQRT_2PI, us);
      case RELU -> {
        double[] g = Vectors.scale(h(v, vStar) / (2.0 * SQRT_2PI), u);
        double c = -vvs / (2.0 * SQRT_2PI);
        for (int i = 0; i < g.length; i++) {
          g[i] += c * (u[i] + us[i]);
        }
        yield g;
      }
      case CLIPPED_RELU -> {
        double a = frame.norm();
        double theta = frame.theta();
        double p0 = integrals.p(0, a);
        double p = theta == 0 ? p0 : integrals.p(theta, a);
        double q = integrals.q(theta, a);
        yield Vectors.combine(p0 * h(v, vStar) / 2.0 - vvs * p, u, -vvs * q, frame.normal());
      }
    };
  }

  /** h(v, v*) = ‖v‖² + (1ᵀv)² − (1ᵀv)(1ᵀv*) + vᵀv*. */
  public static double h(double[] v, double[] vStar) {
    double s = Vectors.sum(v);
    return Vectors.dot(v, v) + s * s - s * Vectors.sum(vStar) + Vectors.dot(v, vStar);
  }
}
