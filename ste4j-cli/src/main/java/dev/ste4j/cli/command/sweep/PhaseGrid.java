package dev.ste4j.cli.command.sweep;

import dev.ste4j.cli.command.lab.jeong2025.Jeong2025PhaseReport;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.lab.jeong2025.PhaseConfig;
import dev.ste4j.lab.jeong2025.PhaseExperiment;
import dev.ste4j.lab.jeong2025.PhaseResult;
import dev.ste4j.lab.jeong2025.PhaseSweep;
import dev.ste4j.lab.jeong2025.PhaseSweep.TrialCell;
import dev.ste4j.lab.jeong2025.TrialOutcome;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jeong2025-phase}: the recovery phase diagram of {@code ste lab jeong2025 phase}, one cell per trial; the
 * summary is that command's tables, heat maps and fit (files {@code phase-*}).
 */
final class PhaseGrid implements SweepGrid<TrialCell, TrialOutcome> {

  private final PhaseSweep sweep;
  private final String scale;

  PhaseGrid(PhaseConfig config, String scale) {
    this.sweep = new PhaseSweep(config);
    this.scale = scale;
  }

  @Override
  public String name() {
    return "jeong2025-phase";
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("grid", name());
    m.put("scale", scale);
    m.putAll(sweep.config().describe());
    return m;
  }

  @Override
  public long seed() {
    return sweep.config().seed();
  }

  @Override
  public PhaseSweep sweep() {
    return sweep;
  }

  @Override
  public List<String> columns() {
    return List.of("n", "N", "trial", "last_recovered", "averaged_recovered", "last_distance", "averaged_distance",
        "first_hit", "steps_at_optimum", "departures", "returns", "mean_return_time", "evaluations", "flops");
  }

  @Override
  public List<Object> row(TrialCell c, TrialOutcome o) {
    return List.of(c.dimension(), c.sampleSize(), c.trial(), o.lastRecovered(), o.averagedRecovered(),
        o.lastDistance(), o.averagedDistance(), o.firstHit(), o.stepsAtOptimum(), o.departures(), o.returns(),
        o.meanReturnTime(), o.evaluations(), o.flops());
  }

  @Override
  public TrialOutcome parse(TrialCell c, List<String> r) {
    // The kernel's wall time is a timing, not stored with the result: a resumed cell counts none.
    return new TrialOutcome(Boolean.parseBoolean(r.get(3)), Boolean.parseBoolean(r.get(4)), Integer.parseInt(r.get(5)),
        Integer.parseInt(r.get(6)), Integer.parseInt(r.get(7)), Integer.parseInt(r.get(8)), Integer.parseInt(r.get(9)),
        Integer.parseInt(r.get(10)), Double.parseDouble(r.get(11)), Long.parseLong(r.get(12)),
        Long.parseLong(r.get(13)), 0, null);
  }

  @Override
  public List<String> summarize(List<TrialOutcome> results, RunFolder folder, Report.Section section)
      throws IOException {
    PhaseResult r = PhaseExperiment.assemble(sweep.config(), results, section.seconds(), 1);
    Jeong2025PhaseReport.write(r, folder, section, "phase");
    return Jeong2025PhaseReport.summary(r);
  }
}
