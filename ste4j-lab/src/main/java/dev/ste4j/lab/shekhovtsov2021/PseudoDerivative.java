package dev.ste4j.lab.shekhovtsov2021;

/**
 * The backward factors ∂x/∂a of the deterministic (empirical) STEs: sign forward, one of these backward.
 *
 * <ul>
 *   <li>{@link #IDENTITY}: 1 (the plain STE).
 *   <li>{@link #CLIPPED}: 1{|a| ≤ 1}, the derivative of hardtanh (closed interval: 1 at the kinks |a| = 1).
 *   <li>{@link #TANH}: 1 − tanh²(a), the derivative of tanh as a smooth proxy of sign.
 *   <li>{@link #APPROX_SIGN}: 2 − 2|a| for |a| ≤ 1, else 0 — the derivative of Bi-Real Net's piecewise quadratic
 *       ApproxSign (Liu et al. 2018); 2 at its kink a = 0, 0 at the kinks |a| = 1, continuous at both.
 * </ul>
 */
public enum PseudoDerivative {
  IDENTITY("ste_identity") {
    @Override
    public double at(double a) {
      return 1.0;
    }
  },
  CLIPPED("ste_clipped") {
    @Override
    public double at(double a) {
      return Math.abs(a) <= 1.0 ? 1.0 : 0.0;
    }
  },
  TANH("ste_tanh") {
    @Override
    public double at(double a) {
      double t = Math.tanh(a);
      return 1.0 - t * t;
    }
  },
  APPROX_SIGN("ste_approxsign") {
    @Override
    public double at(double a) {
      double m = Math.abs(a);
      return m <= 1.0 ? 2.0 - 2.0 * m : 0.0;
    }
  };

  private final String estimatorName;

  PseudoDerivative(String estimatorName) {
    this.estimatorName = estimatorName;
  }

  /** The registered name of the deterministic STE with this backward factor. */
  public String estimatorName() {
    return estimatorName;
  }

  /** ∂x/∂a := this factor at pre-activation a. */
  public abstract double at(double a);
}
