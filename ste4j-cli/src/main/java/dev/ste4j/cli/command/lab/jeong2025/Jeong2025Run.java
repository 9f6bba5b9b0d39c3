package dev.ste4j.cli.command.lab.jeong2025;

import dev.ste4j.cli.Progress;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.lab.jeong2025.TrialRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The life of one {@code ste lab jeong2025 …} run: create the run folder, run the trials with a progress line, write
 * results and the report section, end the run, print a summary and the report's path. A failure marks the run failed
 * (keeping what was written) and is rethrown for the error handler.
 */
final class Jeong2025Run {

  /** Writes a result into the run folder and its report section. */
  @FunctionalInterface
  interface Writer<R> {
    void write(R result, RunFolder run, Report.Section section) throws IOException;
  }

  private Jeong2025Run() {}

  static <R> Integer execute(String experiment, String title, Map<String, ?> config, long seed, Path out,
                             int threads, long trials, Function<TrialRunner, R> body, Writer<R> writer,
                             Function<R, List<String>> summary, PrintWriter stdout) throws IOException {
    RunFolder run = RunFolder.create(out, "lab jeong2025 " + experiment, config, seed);
    try {
      long start = System.nanoTime();
      R result;
      try (Progress progress = Progress.start("jeong2025 " + experiment + " trials", trials)) {
        result = body.apply(new TrialRunner(threads, (done, total) -> progress.step()));
      }
      double seconds = (System.nanoTime() - start) * 1e-9;
      Report.Section section = run.report().section(title);
      writer.write(result, run, section);
      section.seconds(seconds);
      Path report = run.succeed();
      stdout.println(String.format(Locale.ROOT, "jeong2025 %s: %d trials on %d threads in %.1f s", experiment, trials,
          threads, seconds));
      // Every output states the choices it ran with, the console summary included.
      StringBuilder choices = new StringBuilder("config:");
      config.forEach((k, v) -> choices.append(' ').append(k).append('=').append(v).append(';'));
      stdout.println(choices);
      for (String line : summary.apply(result)) {
        stdout.println(line);
      }
      stdout.println("report: " + report.toAbsolutePath());
      stdout.flush();
      return 0;
    } catch (RuntimeException | IOException | Error e) {
      run.fail(e);
      throw e;
    }
  }
}
