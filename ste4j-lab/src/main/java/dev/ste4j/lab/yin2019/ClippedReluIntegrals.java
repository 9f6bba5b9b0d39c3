package dev.ste4j.lab.yin2019;

import dev.ste4j.lab.numeric.AdaptiveGaussKronrod;
import dev.ste4j.lab.numeric.ErrorFunction;

/**
 * The integrals of Lemma 7 (clipped-ReLU STE), for a = ‖w‖ ≥ 0 and θ ∈ [0, π]:
 *
 * <pre>
 *   ξ(x)    = ∫_0^x r² e^{−r²/2} dr                        (ξ(∞) = √(π/2))
 *   p(θ, w) = (1/2π) ∫_{θ−π/2}^{π/2} cos φ · ξ(sec φ / a) dφ
 *   q(θ, w) = (1/2π) ∫_{θ−π/2}^{π/2} sin φ · ξ(sec φ / a) dφ
 * </pre>
 *
 * <p>p and q are computed by adaptive Gauss–Kronrod quadrature of these definitions after the substitution
 * φ = π/2 − ψ, which puts the short end of the range at 0: p = (1/2π)∫_0^{π−θ} sin ψ · ξ(1/(a sin ψ)) dψ and
 * q = (1/2π)∫_0^{min(θ, π−θ)} cos ψ · ξ(1/(a sin ψ)) dψ (the rest of [0, π − θ] cancels by symmetry about π/2),
 * so that near θ = π the length π − θ, and near θ = 0 the value q ≈ θ/(2√(2π)), keep their relative accuracy
 * ({@link #p}, {@link #q}); p(π, w)
 * = q(0, w) = q(π, w) = 0 as the paper defines them. They are the components, along ŵ and along the unit normal e of
 * {@link AngleFrame}, of E[z 1{0 &lt; zᵀw &lt; 1} 1{zᵀw* > 0}] for z ~ N(0, Iₙ) (polar coordinates in the plane of ŵ and e:
 * the clip zᵀw &lt; 1 is r &lt; sec φ / a), which gives the closed forms used to test them ({@link #pClosedForm},
 * {@link #qClosedForm}), with φ and Φ the standard normal density and distribution function:
 *
 * <pre>
 *   ξ(x)    = √(π/2) erf(x/√2) − x e^{−x²/2}                    (integration by parts)
 *   q(θ, w) = ∫_0^{1/a} φ(s) φ(s cot θ) ds = sin θ/(2√(2π)) · erf(1/(√2 a sin θ))
 *   p(θ, w) = ∫_0^{1/a} s φ(s) Φ(s cot θ) ds = 1/(2√(2π)) − φ(1/a) Φ(cot θ / a) + cot θ · q(θ, w)   (θ ∈ (0, π))
 *   p(0, w) = (1 − e^{−1/(2a²)}) / √(2π)
 * </pre>
 *
 * At a = 0 (w = 0) the clip never binds: ξ(∞) = √(π/2) and p, q reduce to the ReLU values (1 + cos θ)/(2√(2π)) and
 * sin θ/(2√(2π)). The closed form of p cancels badly as θ → π (two terms of size 1/(2√(2π)) nearly cancel), which is one
 * reason the quadrature is the primary route. Not thread-safe: each instance owns an integrator.
 */
public final class ClippedReluIntegrals {

  private static final double SQRT_HALF_PI = Math.sqrt(0.5 * Math.PI);
  private static final double SQRT_2PI = Math.sqrt(2.0 * Math.PI);
  /** π − Math.PI, the rounding error of the double nearest π. */
  private static final double PI_LO = 1.2246467991473532e-16;
  private static final double HALF_PI = 0.5 * Math.PI;

  private final AdaptiveGaussKronrod integrator;

  /** Integrals by quadrature to about 1e-14 relative accuracy (what {@code ste lab yin2019 eval} uses). */
  public ClippedReluIntegrals() {
    this(new AdaptiveGaussKronrod(1e-300, 1e-14, 2000));
  }

  /** Integrals by quadrature with the given integrator. */
  public ClippedReluIntegrals(AdaptiveGaussKronrod integrator) {
    this.integrator = integrator;
  }

  /**
   * Integrals from the closed forms ({@link #pClosedForm}, {@link #qClosedForm}) instead of quadrature: about 100 times
   * faster, equal to the quadrature within 1e-12 relative at moderate angles (tested) and within ~1e-16 absolute
   * everywhere. The long coarse-gradient-descent experiments use it; every use says so in its configuration.
   */
  public static ClippedReluIntegrals closedForms() {
    return new ClippedReluIntegrals((AdaptiveGaussKronrod) null);
  }

  /** Whether this instance integrates numerically (false for {@link #closedForms()}). */
  public boolean usesQuadrature() {
    return integrator != null;
  }

  /** ξ(x) for x ≥ 0 (odd in x; +∞ gives √(π/2)). A series below x = 1.5 avoids the cancellation of the erf form. */
  public static double xi(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (x < 0) {
      return -xi(-x);
    }
    if (x >= 40) {
      return SQRT_HALF_PI; // the remainder is below 40·e^{−800}
    }
    if (x < 1.5) {
      // ξ(x) = Σ_k (−1)^k x^{2k+3} / (2^k k! (2k+3)): alternating, terms below 1.2, so little cancellation.
      double h = -0.5 * x * x;
      double power = x * x * x;
      double sum = power / 3.0;
      for (int k = 1; k < 100; k++) {
        power *= h / k;
        double term = power / (2 * k + 3);
        sum += term;
        if (Math.abs(term) < 1e-17 * Math.abs(sum)) {
          break;
        }
      }
      return sum;
    }
    return SQRT_HALF_PI * ErrorFunction.erf(x / Math.sqrt(2.0)) - x * Math.exp(-0.5 * x * x);
  }

  /** p(θ, w) by quadrature (or closed form, see {@link #closedForms()}); a = ‖w‖ ≥ 0, θ ∈ [0, π]. */
  public double p(double theta, double a) {
    check(theta, a);
    if (theta >= Math.PI) {
      return 0;
    }
    if (integrator == null) {
      return pClosedForm(theta, a);
    }
    return integrator.integrate(psi -> Math.sin(psi) * xi(1.0 / (Math.sin(psi) * a)), 0, gap(theta))
        / (2.0 * Math.PI);
  }

  /** q(θ, w) by quadrature (or closed form, see {@link #closedForms()}); a = ‖w‖ ≥ 0, θ ∈ [0, π]. */
  public double q(double theta, double a) {
    check(theta, a);
    if (theta <= 0 || theta >= Math.PI) {
      return 0;
    }
    // On [min(θ, π−θ), max(θ, π−θ)] the integrand is odd about ψ = π/2 and integrates to 0; dropping that part
    // avoids a cancellation that would leave q(θ) ≈ θ/(2√(2π)) at θ → 0 with no relative accuracy.
    if (integrator == null) {
      return qClosedForm(theta, a);
    }
    double upper = theta <= HALF_PI ? theta : gap(theta);
    return integrator.integrate(psi -> Math.cos(psi) * xi(1.0 / (Math.sin(psi) * a)), 0, upper)
        / (2.0 * Math.PI);
  }

  /** The closed form of q (see the class comment). */
  public static double qClosedForm(double theta, double a) {
    check(theta, a);
    if (theta <= 0 || theta >= Math.PI) {
      return 0;
    }
    double s = Math.sin(theta);
    return s / (2.0 * SQRT_2PI) * ErrorFunction.erf(1.0 / (Math.sqrt(2.0) * a * s));
  }

  /** The closed form of p (see the class comment); loses accuracy as θ → π. */
  public static double pClosedForm(double theta, double a) {
    check(theta, a);
    if (theta >= Math.PI) {
      return 0;
    }
    if (theta <= 0) {
      return -Math.expm1(-0.5 / (a * a)) / SQRT_2PI;
    }
    double cot = Math.cos(theta) / Math.sin(theta);
    double tail = a == 0 ? 0 : ErrorFunction.normalDensity(1.0 / a) * ErrorFunction.normalCdf(cot / a);
    return 1.0 / (2.0 * SQRT_2PI) - tail + cot * qClosedForm(theta, a);
  }

  /** π − θ to full relative accuracy: Math.PI − θ is exact near π, and PI_LO adds the part of π that Math.PI lacks. */
  private static double gap(double theta) {
    return (Math.PI - theta) + PI_LO;
  }

  private static void check(double theta, double a) {
    if (!(theta >= 0 && theta <= Math.PI)) {
      throw new IllegalArgumentException("theta must be in [0, pi], got " + theta);
    }
    if (!(a >= 0)) {
      throw new IllegalArgumentException("||w|| must be >= 0, got " + a);
    }
  }
}
