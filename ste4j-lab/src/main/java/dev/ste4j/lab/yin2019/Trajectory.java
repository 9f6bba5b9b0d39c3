package dev.ste4j.lab.yin2019;

/**
 * A recorded run of coarse gradient descent: at each recorded iteration, the population loss f (Lemma 1), the
 * empirical loss on the run's samples (NaN for the population version), θ(w, w*), ‖w‖ and the norm of the w-update
 * direction (E g_μ, or its sample mean); plus the final iterate.
 *
 * @param iterations the recorded iteration numbers (0 = the start), increasing
 * @param loss population loss at each recorded iteration
 * @param empiricalLoss empirical loss at each recorded iteration (NaN in the population version)
 * @param theta θ at each recorded iteration (NaN where w = 0)
 * @param normW ‖w‖ at each recorded iteration
 * @param coarseNorm norm of the coarse gradient used for the step taken at that iteration
 * @param finalV v after the last iteration
 * @param finalW w after the last iteration
 * @param lossIncreases the number of steps, over every step (recorded or not), after which the population loss
 *     exceeded the loss before the step by more than {@link #RISE_TOLERANCE} × f(v, 0) — Theorem 1's monotone
 *     descent broken beyond rounding
 * @param risesAtLongSteps how many of those rises came at a step long against w ({@link #LONG_STEP}): near the
 *     origin, where f is discontinuous, a step of fixed η turns w by a large angle
 * @param largestRise the largest one-step increase of the population loss over the run, divided by f(v, 0) =
 *     ⅛ v*ᵀ(I + 11ᵀ)v* (the teacher's own scale); 0 when the loss never rose
 * @param largestRiseAway the same over the other steps only
 */
public record Trajectory(
    int[] iterations,
    double[] loss,
    double[] empiricalLoss,
    double[] theta,
    double[] normW,
    double[] coarseNorm,
    double[] finalV,
    double[] finalW,
    int lossIncreases,
    int risesAtLongSteps,
    double largestRise,
    double largestRiseAway) {

  /**
   * A one-step rise of the population loss counts against monotone descent when it exceeds this fraction of f(v, 0).
   * The closed form of Lemma 1 sums terms of the order of f(v, 0) with relative rounding near 1e-16 each, so its
   * rounding error stays below about 1e-14 × f(v, 0) for the m used here; 1e-12 leaves a factor of 100.
   */
  public static final double RISE_TOLERANCE = 1e-12;

  /**
   * A step is "long" against w when η‖g_w‖ ≥ this × ‖w‖: it can turn w by about 0.1 rad or more (through the origin
   * at ≥ 1). ∂f/∂w grows like 1/‖w‖ and its Lipschitz constant like 1/‖w‖², so as w shrinks towards the origin every
   * fixed η eventually stops being "small" in Theorem 1's sense.
   */
  public static final double LONG_STEP = 0.1;

  /** The number of recorded iterations. */
  public int size() {
    return iterations.length;
  }

  /** The population loss at the last recorded iteration. */
  public double finalLoss() {
    return loss[loss.length - 1];
  }

  /** θ at the last recorded iteration. */
  public double finalTheta() {
    return theta[theta.length - 1];
  }
}
