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
 */
public record Trajectory(
    int[] iterations,
    double[] loss,
    double[] empiricalLoss,
    double[] theta,
    double[] normW,
    double[] coarseNorm,
    double[] finalV,
    double[] finalW) {

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
