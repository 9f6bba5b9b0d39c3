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
    InstabilityConfig config, List<InstabilityNorm> norms, List<InstabilityRun> runs, List<InstabilityRatio> ratios) {

  public InstabilityResult {
    norms = List.copyOf(norms);
    runs = List.copyOf(runs);
    ratios = List.copyOf(ratios);
  }
}
