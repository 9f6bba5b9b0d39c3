package dev.ste4j.lab.yin2019.deep;

import java.util.List;

/**
 * The outcome of {@link Figure2Experiment}.
 *
 * @param config what ran
 * @param minima the Table 1 runs that found the starting minima; null when they were loaded from a Table 1 run's
 *     checkpoints
 * @param curves one per (starting STE, continuation STE), starting STEs outer, both in the config's order
 * @param testSize the number of test images behind each test accuracy (for its binomial standard error)
 */
public record Figure2Result(Figure2Config config, Table1Result minima, List<Figure2Curve> curves, int testSize) {

  public Figure2Result {
    curves = List.copyOf(curves);
  }

  /** The root seed of the run (the minima's). */
  public long seed() {
    return config.minima().seed();
  }

  public Figure2Result withoutTime() {
    return new Figure2Result(config, minima == null ? null : minima.withoutTime(),
        curves.stream().map(Figure2Curve::withoutTime).toList(), testSize);
  }
}
