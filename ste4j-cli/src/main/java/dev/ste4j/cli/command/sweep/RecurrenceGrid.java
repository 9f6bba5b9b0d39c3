package dev.ste4j.cli.command.sweep;

import dev.ste4j.cli.command.lab.jeong2025.Jeong2025RecurrenceReport;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.lab.jeong2025.RecurrenceConfig;
import dev.ste4j.lab.jeong2025.RecurrenceExperiment;
import dev.ste4j.lab.jeong2025.RecurrenceResult;
import dev.ste4j.lab.jeong2025.RecurrenceSweep;
import dev.ste4j.lab.jeong2025.RecurrenceSweep.TrialCell;
import dev.ste4j.lab.jeong2025.TrialOutcome;
import java.io.IOException;
import java.util.List;

/**
 * {@code jeong2025-recurrence}: recurrence under label noise of {@code ste lab jeong2025 recurrence}, one cell per
 * trial (s, N, t); the summary is that command's tables and traces (files {@code recurrence-*}). The results table
 * keeps no traces: the summary runs trial 0 of a resumed (s, N) again for its trace, which is deterministic.
 */
final class RecurrenceGrid extends TrialGrid<TrialCell> {

  private final RecurrenceSweep sweep;

  RecurrenceGrid(RecurrenceConfig config, String scale) {
    this(new RecurrenceSweep(config), scale);
  }

  private RecurrenceGrid(RecurrenceSweep sweep, String scale) {
    super("jeong2025-recurrence", scale, sweep, sweep.config().describe(), sweep.config().seed(), "noise", "N",
        "trial");
    this.sweep = sweep;
  }

  @Override
  public RecurrenceSweep sweep() {
    return sweep;
  }

  @Override
  public List<Object> row(TrialCell c, TrialOutcome o) {
    return TrialColumns.row(o, c.noise(), c.sampleSize(), c.trial());
  }

  @Override
  public List<String> summarize(List<TrialOutcome> results, RunFolder folder, Report.Section section)
      throws IOException {
    RecurrenceResult r = RecurrenceExperiment.assemble(sweep.config(), results, section.seconds(), 1);
    Jeong2025RecurrenceReport.write(r, folder, section, "recurrence");
    return Jeong2025RecurrenceReport.summary(r);
  }
}
