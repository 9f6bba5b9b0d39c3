package dev.ste4j.cli.command.sweep;

import dev.ste4j.lab.jeong2025.TrialOutcome;
import java.util.List;

/** The results columns of one Jeong 2025 trial: every deterministic field of a {@link TrialOutcome}. */
final class TrialColumns {

  static final List<String> NAMES = List.of("last_recovered", "averaged_recovered", "last_distance",
      "averaged_distance", "first_hit", "steps_at_optimum", "departures", "returns", "mean_return_time", "evaluations",
      "flops");

  private TrialColumns() {}

  static List<Object> values(TrialOutcome o) {
    return List.of(o.lastRecovered(), o.averagedRecovered(), o.lastDistance(), o.averagedDistance(), o.firstHit(),
        o.stepsAtOptimum(), o.departures(), o.returns(), o.meanReturnTime(), o.evaluations(), o.flops());
  }

  /**
   * The outcome from {@code row}'s values from {@code at} on. The kernel's wall time is a timing, not stored with
   * the result: a resumed trial counts none.
   */
  static TrialOutcome parse(List<String> r, int at) {
    return new TrialOutcome(Boolean.parseBoolean(r.get(at)), Boolean.parseBoolean(r.get(at + 1)),
        Integer.parseInt(r.get(at + 2)), Integer.parseInt(r.get(at + 3)), Integer.parseInt(r.get(at + 4)),
        Integer.parseInt(r.get(at + 5)), Integer.parseInt(r.get(at + 6)), Integer.parseInt(r.get(at + 7)),
        Double.parseDouble(r.get(at + 8)), Long.parseLong(r.get(at + 9)), Long.parseLong(r.get(at + 10)), 0, null);
  }

  /** The coordinate columns followed by the trial's. */
  static List<String> after(String... coordinates) {
    List<String> all = new java.util.ArrayList<>(List.of(coordinates));
    all.addAll(NAMES);
    return List.copyOf(all);
  }

  /** The coordinate values followed by the trial's. */
  static List<Object> row(TrialOutcome o, Object... coordinates) {
    List<Object> all = new java.util.ArrayList<>(List.of(coordinates));
    all.addAll(values(o));
    return all;
  }
}
