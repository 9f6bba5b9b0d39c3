package dev.ste4j.lab.yin2019;

import java.util.List;

/**
 * The result of experiment (b).
 *
 * @param config the configuration
 * @param norms per m: ‖E g‖ of each STE at the spurious minimizer, and the paper's value for the identity
 * @param runs per m, STE and start ("spurious" or "perturbed"): the trajectory and how far it ended from the start
 * @param ratios per m, STE and gap π − θ: the descent ratio of {@link Alignment} with v at the spurious minimizer
 */
public record InstabilityResult(
    InstabilityConfig config, List<Norm> norms, List<Run> runs, List<Ratio> ratios) {

  public InstabilityResult {
    norms = List.copyOf(norms);
    runs = List.copyOf(runs);
    ratios = List.copyOf(ratios);
  }

  /** ‖E g_μ‖ at the spurious minimizer for one teacher; {@code paperIdentity} is 2(m−1)(1ᵀv*)²/(√(2π)(m+1)²). */
  public record Norm(int m, double sumVStar, double identity, double paperIdentity, double relu, double clippedRelu) {}

  /** A run from the spurious minimizer (or the perturbed start); {@code distance} = ‖(v, w) − (v_sp, w_sp)‖ at the end. */
  public record Run(int m, Estimator ste, String start, Trajectory trajectory, double distance) {}

  /** The descent ratio at angle θ = π − gap, v at the spurious minimizer. */
  public record Ratio(int m, Estimator ste, double gap, double ratio) {}
}
