package dev.ste4j.lab.jeong2025;

import java.util.List;

/**
 * The phase diagram and what was estimated from it.
 *
 * @param config what was run
 * @param cells one per (n, N), n-major in grid order
 * @param lastLevels thresholds and exponents of the last iterate Q(w_T), one per recovery level of the config
 * @param averagedLevels the same for the averaged iterate Q(w̄_T)
 * @param work the work done and its rate
 */
public record PhaseResult(PhaseConfig config, List<PhaseCell> cells, List<SampleComplexity> lastLevels,
                          List<SampleComplexity> averagedLevels, WorkRate work) {

  public PhaseResult {
    cells = List.copyOf(cells);
    lastLevels = List.copyOf(lastLevels);
    averagedLevels = List.copyOf(averagedLevels);
    if (lastLevels.size() != config.levels().size() || averagedLevels.size() != config.levels().size()) {
      throw new IllegalArgumentException("a phase result needs one analysis per recovery level");
    }
  }

  /** The last iterate at the first (lowest) recovery level, 50 % by default. */
  public SampleComplexity last() {
    return lastLevels.get(0);
  }

  /** The averaged iterate at the first (lowest) recovery level. */
  public SampleComplexity averaged() {
    return averagedLevels.get(0);
  }

  /** The analysis of one iterate at the recovery level nearest {@code level}. */
  public SampleComplexity at(boolean last, double level) {
    List<SampleComplexity> all = last ? lastLevels : averagedLevels;
    SampleComplexity best = all.get(0);
    for (SampleComplexity sc : all) {
      if (Math.abs(sc.level() - level) < Math.abs(best.level() - level)) {
        best = sc;
      }
    }
    return best;
  }

  /** The cell at (n, N). */
  public PhaseCell cell(int dimension, int sampleSize) {
    return Cells.find(cells, c -> c.dimension() == dimension && c.sampleSize() == sampleSize,
        "n=" + dimension + ", N=" + sampleSize);
  }
}
