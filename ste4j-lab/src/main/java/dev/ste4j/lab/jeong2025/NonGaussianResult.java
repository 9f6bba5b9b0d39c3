package dev.ste4j.lab.jeong2025;

import java.util.List;

/**
 * Recovery rates for every input distribution without and with normalisation.
 *
 * @param config what was run
 * @param cells one per (distribution, normalisation, N), in grid order (distribution-major, then none before
 *     standardize, then N)
 * @param work the work done and its rate
 */
public record NonGaussianResult(NonGaussianConfig config, List<NonGaussianCell> cells, WorkRate work) {

  public NonGaussianResult {
    cells = List.copyOf(cells);
  }

  /** The cell at (distribution, normalisation, N). */
  public NonGaussianCell cell(InputDistribution distribution, Normalization normalization, int sampleSize) {
    return Cells.find(cells,
        c -> c.distribution() == distribution && c.normalization() == normalization && c.sampleSize() == sampleSize,
        distribution.id() + ", " + normalization.id() + ", N=" + sampleSize);
  }
}
