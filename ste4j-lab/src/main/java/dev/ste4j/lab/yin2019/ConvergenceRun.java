package dev.ste4j.lab.yin2019;

/**
 * One run of experiment (a).
 *
 * @param mode "population" or "empirical"
 * @param start "random" or "theorem2"
 * @param ste the STE
 * @param run the run index r
 * @param theorem2 whether the start satisfies Theorem 2's conditions
 * @param trajectory the recorded run
 * @param outcome where it ended: {@link #GLOBAL}, {@link #SPURIOUS} or {@link #OTHER}
 */
public record ConvergenceRun(
    String mode, String start, Estimator ste, int run, boolean theorem2, Trajectory trajectory, String outcome) {

  /** Ended within 1e-2 of a global minimizer: θ &lt; 0.01 and ‖v − v*‖ ≤ 0.01·max(1, ‖v*‖). */
  public static final String GLOBAL = "global";
  /**
   * Ended within the same tolerance of the spurious minimizer of Proposition 1 (θ > π − 0.01) and stationary there
   * (last coarse-gradient norm below 1e-6). The identity STE can hover near that v while w cycles around 0, its θ
   * flipping between π and 0 — never stationary, so counted as {@link #OTHER}.
   */
  public static final String SPURIOUS = "spurious";
  /** Anywhere else (a saddle, a slow or oscillating run). */
  public static final String OTHER = "other";

  /** Classifies the end of a run for teacher t. */
  public static String classify(Trajectory tr, Teacher t) {
    double[] v = tr.finalV();
    double[] w = tr.finalW();
    AngleFrame frame = AngleFrame.of(w, t.wStar());
    double tol = 0.01 * Math.max(1, Vectors.norm(t.vStar()));
    if (frame.theta() < 0.01 && Vectors.distance(v, t.vStar()) <= tol) {
      return GLOBAL;
    }
    var sp = CriticalPoints.spuriousMinimizer(t);
    if (sp.isPresent() && frame.theta() > Math.PI - 0.01 && Vectors.distance(v, sp.get().v()) <= tol
        && tr.coarseNorm()[tr.size() - 1] < 1e-6) {
      return SPURIOUS;
    }
    return OTHER;
  }
}
