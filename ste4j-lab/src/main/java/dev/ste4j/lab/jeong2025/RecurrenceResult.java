package dev.ste4j.lab.jeong2025;

import java.util.List;

/**
 * Recurrence statistics and example traces.
 *
 * @param config what was run
 * @param cells one per (s, N), s-major in grid order
 * @param traces trial 0 of every (s, N), in the same order
 * @param work the work done and its rate
 */
public record RecurrenceResult(RecurrenceConfig config, List<RecurrenceCell> cells, List<RecurrenceTrace> traces,
                               WorkRate work) {

  public RecurrenceResult {
    cells = List.copyOf(cells);
    traces = List.copyOf(traces);
  }

  /** The cell at (s, N). */
  public RecurrenceCell cell(double noise, int sampleSize) {
    return Cells.find(cells, c -> c.noise() == noise && c.sampleSize() == sampleSize,
        "s=" + noise + ", N=" + sampleSize);
  }
}
