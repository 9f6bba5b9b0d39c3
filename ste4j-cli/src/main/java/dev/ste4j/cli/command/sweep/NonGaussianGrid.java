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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jeong2025-nongaussian}: the non-Gaussian comparison of {@code ste lab jeong2025 nongaussian}, one cell per
 * trial; the summary is that command's tables (files {@code nongaussian-*}).
 */
final class NonGaussianGrid implements SweepGrid<TrialCell, TrialOutcome> {

  private final NonGaussianSweep sweep;
  private final String scale;

  NonGaussianGrid(NonGaussianConfig config, String scale) {
    this.sweep = new NonGaussianSweep(config);
    this.scale = scale;
  }

  @Override
  public String name() {
    return "jeong2025-nongaussian";
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
  public NonGaussianSweep sweep() {
    return sweep;
  }

  @Override
  public List<String> columns() {
    return TrialColumns.after("distribution", "normalization", "N", "trial");
  }

  @Override
  public List<Object> row(TrialCell c, TrialOutcome o) {
    return TrialColumns.row(o, c.distribution().id(), c.normalization().id(), c.sampleSize(), c.trial());
  }

  @Override
  public TrialOutcome parse(TrialCell c, List<String> r) {
    return TrialColumns.parse(r, 4);
  }

  @Override
  public List<String> summarize(List<TrialOutcome> results, RunFolder folder, Report.Section section)
      throws IOException {
    NonGaussianResult r = NonGaussianExperiment.assemble(sweep.config(), results, section.seconds(), 1);
    Jeong2025NonGaussianReport.write(r, folder, section, "nongaussian");
    return Jeong2025NonGaussianReport.summary(r);
  }
}
