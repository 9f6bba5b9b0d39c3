package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;

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
    String mode, String start, SteVariant ste, int run, boolean theorem2, Trajectory trajectory, String outcome) {

  /**
   * Ended near a global minimizer: θ &lt; tol and ‖v − v*‖ ≤ tol·max(1, ‖v*‖), with tol = 0.01 for the population version
   * and 0.1 for the empirical one (the empirical coarse gradient has stationary points at an angle from w* that
   * shrinks with N — about 0.09 at N = 500 and 0.007 at N = 5000 in our runs — so 0.01 would call every empirical
   * run 'other').
   */
  public static final String GLOBAL = "global";
  /**
   * Ended within the same tolerance of the spurious minimizer of Proposition 1 (θ > π − tol) — for the population
   * version also stationary there (last coarse-gradient norm below 1e-6). The identity STE can hover near that v
   * while w cycles around 0, its θ flipping between π and 0 — never stationary, so counted as {@link #OTHER}.
   */
  public static final String SPURIOUS = "spurious";
  /** Anywhere else (a saddle, a slow or oscillating run). */
  public static final String OTHER = "other";

  /** Classifies the end of a run of the given mode ("population" or "empirical") for teacher t. */
  public static String classify(String mode, Trajectory tr, Teacher t) {
    boolean population = mode.equals("population");
    double angleTol = population ? 0.01 : 0.1;
    double[] v = tr.finalV();
    AngleFrame frame = AngleFrame.of(tr.finalW(), t.wStar());
    double tol = angleTol * Math.max(1, Vectors.norm(t.vStar()));
    if (frame.theta() < angleTol && Vectors.distance(v, t.vStar()) <= tol) {
      return GLOBAL;
    }
    var sp = CriticalPoints.spuriousMinimizer(t);
    if (sp.isPresent() && frame.theta() > Math.PI - angleTol && Vectors.distance(v, sp.get().v()) <= tol
        && (!population || tr.coarseNorm()[tr.size() - 1] < 1e-6)) {
      return SPURIOUS;
    }
    return OTHER;
  }
}
