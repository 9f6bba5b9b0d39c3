package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;

/**
 * One run of the gap experiment.
 *
 * @param ste the STE
 * @param run the run index r (teacher and start of experiment (a)'s run r)
 * @param samples N of the empirical run, 0 for the population run
 * @param outcome {@link ConvergenceRun#GLOBAL}, {@link ConvergenceRun#SPURIOUS} or {@link ConvergenceRun#OTHER}, with
 *     the tolerance of its mode ({@link ConvergenceRun#classify})
 * @param finalTheta θ(w, w*) at the end
 */
public record GapRun(SteVariant ste, int run, int samples, String outcome, double finalTheta) {

  /** Whether it reached a global minimizer. */
  public boolean global() {
    return outcome.equals(ConvergenceRun.GLOBAL);
  }
}
