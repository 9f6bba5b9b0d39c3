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
    return TrialColumns.after("n", "N", "trial");
  }

  @Override
  public List<Object> row(TrialCell c, TrialOutcome o) {
    return TrialColumns.row(o, c.dimension(), c.sampleSize(), c.trial());
  }

  @Override
  public TrialOutcome parse(TrialCell c, List<String> r) {
    return TrialColumns.parse(r, 3);
  }

  @Override
  public List<String> summarize(List<TrialOutcome> results, RunFolder folder, Report.Section section)
      throws IOException {
    PhaseResult r = PhaseExperiment.assemble(sweep.config(), results, section.seconds(), 1);
    Jeong2025PhaseReport.write(r, folder, section, "phase");
    return Jeong2025PhaseReport.summary(r);
  }
}
