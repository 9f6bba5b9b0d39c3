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
import java.util.List;

/**
 * {@code jeong2025-phase}: the recovery phase diagram of {@code ste lab jeong2025 phase}, one cell per trial; the
 * summary is that command's tables, heat maps and fit (files {@code phase-*}).
 */
final class PhaseGrid extends TrialGrid<TrialCell> {

  private final PhaseSweep sweep;

  PhaseGrid(PhaseConfig config, String scale) {
    this(new PhaseSweep(config), scale);
  }

  private PhaseGrid(PhaseSweep sweep, String scale) {
    super("jeong2025-phase", scale, sweep, sweep.config().describe(), sweep.config().seed(), "n", "N", "trial");
    this.sweep = sweep;
  }

  @Override
  public PhaseSweep sweep() {
    return sweep;
  }

  @Override
  public List<Object> row(TrialCell c, TrialOutcome o) {
    return TrialColumns.row(o, c.dimension(), c.sampleSize(), c.trial());
  }

  @Override
  public List<String> summarize(List<TrialOutcome> results, RunFolder folder, Report.Section section)
      throws IOException {
    PhaseResult r = PhaseExperiment.assemble(sweep.config(), results, section.seconds(), 1);
    Jeong2025PhaseReport.write(r, folder, section, "phase");
    return Jeong2025PhaseReport.summary(r);
  }
}
