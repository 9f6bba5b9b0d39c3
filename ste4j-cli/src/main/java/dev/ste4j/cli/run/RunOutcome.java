package dev.ste4j.cli.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a run's work produced, for {@link RunLifecycle} to end the run with: the message of a run that ended failed
 * without an exception (null when it succeeded; e.g. "2 of 5 sections failed: a, b"), the exit code, and the lines
 * printed on stdout once report.html is written, given its path.
 */
public record RunOutcome(String failure, int exitCode, Function<Path, List<String>> stdout) {

  /** A run that succeeded: the summary lines, then {@code report: <absolute path of report.html>}; exit code 0. */
  public static RunOutcome succeeded(List<String> summary) {
    List<String> lines = List.copyOf(summary);
    return new RunOutcome(null, 0, report -> {
      List<String> all = new ArrayList<>(lines);
      all.add("report: " + report.toAbsolutePath());
      return all;
    });
  }

  /** As {@link #succeeded(List)} with one summary line. */
  public static RunOutcome succeeded(String summary) {
    return succeeded(List.of(summary));
  }
}
