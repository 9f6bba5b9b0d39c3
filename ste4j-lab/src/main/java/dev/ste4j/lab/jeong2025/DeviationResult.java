package dev.ste4j.lab.jeong2025;

import java.util.List;

/**
 * The uniform deviation over the grid and the sample size it needs.
 *
 * @param config what was run
 * @param cells one per (n, N), n-major
 * @param needed N_ρ(n): the N at which the median ρ crosses the target, with bootstrap intervals (censored outside
 *     the grid of N)
 * @param exponent k in N_ρ ∝ nᵏ with its interval
 * @param seconds wall-clock time of the run
 */
public record DeviationResult(DeviationConfig config, List<DeviationCell> cells, List<Threshold> needed,
                              ExponentEstimate exponent, double seconds) {

  public DeviationResult {
    cells = List.copyOf(cells);
    needed = List.copyOf(needed);
  }

  /** The cell at (n, N). */
  public DeviationCell cell(int dimension, int sampleSize) {
    return Cells.find(cells, c -> c.dimension() == dimension && c.sampleSize() == sampleSize,
        "n=" + dimension + ", N=" + sampleSize);
  }
}
