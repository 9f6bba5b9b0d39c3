package dev.ste4j.cli.reproduce;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;

/**
 * One part of {@code ste reproduce}: typically one paper's experiments. A section writes its results (tables, plots)
 * into the shared run folder and describes them in its report section.
 *
 * <p>Contract: {@link #run} derives all randomness from {@code run}'s seed (e.g. {@code new Rng(seed).split(...)}),
 * names its files with its {@link #name()} as prefix so sections never overwrite each other, and throws when it
 * cannot produce its results; the command then marks the section failed, keeps what was written, and goes on with
 * the next section.
 */
public interface ReproduceSection {

  /** Short identifier used by {@code --only} and as file-name prefix, e.g. {@code yin2019}. */
  String name();

  /** Section title in the report, e.g. the paper's title and year. */
  String title();

  /**
   * Runs the experiments at the given scale.
   *
   * @param scale   quick or full
   * @param run     the shared run folder (write files with this section's name as prefix)
   * @param section this section of the report, to fill with paragraphs, tables and images
   */
  void run(Scale scale, RunFolder run, Report.Section section) throws Exception;
}
