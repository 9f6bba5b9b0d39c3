package dev.ste4j.lab.jeong2025;

import java.util.List;

/**
 * The phase diagram and what was estimated from it.
 *
 * @param config what was run
 * @param cells one per (n, N), n-major in grid order
 * @param last thresholds and exponent of the last iterate Q(w_T)
 * @param averaged thresholds and exponent of the averaged iterate Q(w̄_T)
 * @param work the work done and its rate
 */
public record PhaseResult(PhaseConfig config, List<PhaseCell> cells, SampleComplexity last,
                          SampleComplexity averaged, WorkRate work) {

  public PhaseResult {
    cells = List.copyOf(cells);
  }

  /** The cell at (n, N). */
  public PhaseCell cell(int dimension, int sampleSize) {
    return Cells.find(cells, c -> c.dimension() == dimension && c.sampleSize() == sampleSize,
        "n=" + dimension + ", N=" + sampleSize);
  }
}
