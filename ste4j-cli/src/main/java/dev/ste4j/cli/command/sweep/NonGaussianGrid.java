package dev.ste4j.cli.command.sweep;

import dev.ste4j.cli.command.lab.jeong2025.Jeong2025NonGaussianReport;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.lab.jeong2025.NonGaussianConfig;
import dev.ste4j.lab.jeong2025.NonGaussianExperiment;
import dev.ste4j.lab.jeong2025.NonGaussianResult;
import dev.ste4j.lab.jeong2025.NonGaussianSweep;
import dev.ste4j.lab.jeong2025.NonGaussianSweep.TrialCell;
import dev.ste4j.lab.jeong2025.TrialOutcome;
import java.io.IOException;
import java.util.List;

/**
 * {@code jeong2025-nongaussian}: the non-Gaussian comparison of {@code ste lab jeong2025 nongaussian}, one cell per
 * trial; the summary is that command's tables (files {@code nongaussian-*}).
 */
final class NonGaussianGrid extends TrialGrid<TrialCell> {

  private final NonGaussianSweep sweep;

  NonGaussianGrid(NonGaussianConfig config, String scale) {
    this(new NonGaussianSweep(config), scale);
  }

  private NonGaussianGrid(NonGaussianSweep sweep, String scale) {
    super("jeong2025-nongaussian", scale, sweep, sweep.config().describe(), sweep.config().seed(), "distribution", "normalization", "N", "trial");
    this.sweep = sweep;
  }

  @Override
  public NonGaussianSweep sweep() {
    return sweep;
  }

  @Override
  public List<Object> row(TrialCell c, TrialOutcome o) {
    return TrialColumns.row(o, c.distribution().id(), c.normalization().id(), c.sampleSize(), c.trial());
  }

  @Override
  public List<String> summarize(List<TrialOutcome> results, RunFolder folder, Report.Section section)
      throws IOException {
    NonGaussianResult r = NonGaussianExperiment.assemble(sweep.config(), results, section.seconds(), 1);
    Jeong2025NonGaussianReport.write(r, folder, section, "nongaussian");
    return Jeong2025NonGaussianReport.summary(r);
  }
}
