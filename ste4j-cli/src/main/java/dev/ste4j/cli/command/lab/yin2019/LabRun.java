package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every {@code ste lab yin2019} experiment shares ({@code --seed}, {@code --out}) and the run-folder
 * lifecycle around it: create the folder, render into one report section, mark it succeeded (or failed, keeping what
 * was written, and rethrow), print a summary line and the report's path.
 */
final class LabRun {

  /** Renders a result into the folder and section. */
  @FunctionalInterface
  interface Body {
    String run(RunFolder folder, Report.Section section) throws Exception;
  }

  @Option(names = "--seed", defaultValue = "1", description = "Root seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs",
      description = "Folder for run folders (default: ${DEFAULT-VALUE}).")
  Path out;

  /** Runs {@code body} in a new run folder; returns the exit code 0 or throws what the body threw. */
  int execute(String command, String title, Map<String, ?> config, PrintWriter stdout, Body body) throws Exception {
    RunFolder folder = RunFolder.create(out, command, config, seed);
    String summary;
    try {
      summary = body.run(folder, folder.report().section(title));
    } catch (Exception | Error e) {
      folder.fail(e);
      throw e;
    }
    Path html = folder.succeed();
    stdout.println(summary);
    stdout.println("report: " + html.toAbsolutePath());
    stdout.flush();
    return 0;
  }
}
