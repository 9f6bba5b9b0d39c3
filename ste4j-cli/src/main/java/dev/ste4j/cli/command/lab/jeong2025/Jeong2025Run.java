package dev.ste4j.cli.command.lab.jeong2025;

import dev.ste4j.cli.Progress;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.run.RunOutcome;
import dev.ste4j.lab.jeong2025.TrialRunner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One {@code ste lab jeong2025 …} experiment as a value: its name, report title, configuration (as written into
 * run.json and the console summary), trial count, the experiment and the report that renders its result. The run
 * folder's lifecycle is {@link dev.ste4j.cli.run.RunLifecycle}'s; {@link #work} is what happens inside: the trials
 * with a progress line, then the report section and the console summary.
 *
 * @param <R> the experiment's result
 */
record Jeong2025Run<R>(String experiment, String title, Map<String, ?> config, long trials,
                       Function<TrialRunner, R> body, Rendering<R> rendering) {

  /** Writes a result into the run folder and its report section, file names starting with {@code prefix}. */
  @FunctionalInterface
  interface Writer<R> {
    void write(R result, RunFolder run, Report.Section section, String prefix) throws IOException;
  }

  /** A result's report ({@code writer}, files prefixed with the experiment's name) and console summary. */
  record Rendering<R>(Writer<R> writer, Function<R, List<String>> summary) {}

  /** The command, e.g. {@code lab jeong2025 phase}. */
  String command() {
    return "lab jeong2025 " + experiment;
  }

  /** Runs the trials on {@code threads} threads in {@code folder} and renders the result. */
  RunOutcome work(RunFolder folder, int threads) throws IOException {
    long start = System.nanoTime();
    R result;
    try (Progress progress = Progress.start("jeong2025 " + experiment + " trials", trials)) {
      result = body.apply(new TrialRunner(threads, (done, total) -> progress.step()));
    }
    double seconds = (System.nanoTime() - start) * 1e-9;
    Report.Section section = folder.report().section(title);
    rendering.writer().write(result, folder, section, experiment);
    section.seconds(seconds);
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "jeong2025 %s: %d trials on %d threads in %.1f s", experiment, trials,
        threads, seconds));
    // Every output states the choices it ran with, the console summary included.
    StringBuilder choices = new StringBuilder("config:");
    config.forEach((k, v) -> choices.append(' ').append(k).append('=').append(v).append(';'));
    lines.add(choices.toString());
    lines.addAll(rendering.summary().apply(result));
    return RunOutcome.succeeded(lines);
  }
}
