package dev.ste4j.cli.command;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.run.RunLifecycle;
import dev.ste4j.cli.run.RunOutcome;
import java.io.PrintWriter;
import java.util.Map;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of every command that writes a run folder, {@code --seed} and {@code --out}, shared as a picocli
 * {@code @Mixin} so that their names, defaults and help read the same everywhere; its methods hand the run to the one
 * {@link RunLifecycle}.
 *
 * <p>The fields are public because picocli fills them and commands in other packages (or mixins extending this class,
 * such as the Yin 2019 lab's) read them.
 */
public class RunOptions {

  /** Renders a result into the folder and its report section; returns the summary printed on stdout. */
  @FunctionalInterface
  public interface Body {
    String run(RunFolder folder, Report.Section section) throws Exception;
  }

  @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED",
      description = "Seed of everything random in the run (default: ${DEFAULT-VALUE}).")
  public long seed;

  @Option(names = "--out", defaultValue = "runs", paramLabel = "DIR",
      description = "Folder for run folders (default: ${DEFAULT-VALUE}).")
  public Path out;

  /** Runs {@code work} in a new run folder under {@link #out} with {@link #seed}; see {@link RunLifecycle}. */
  public int run(String command, Map<String, ?> config, PrintWriter stdout, RunLifecycle.Work work) throws Exception {
    return RunLifecycle.run(out, command, config, seed, stdout, work);
  }

  /**
   * Runs {@code body} in a new run folder with one report section titled {@code title}; prints the summary and the
   * report's path. Returns the exit code 0, or rethrows what the body threw after marking the run failed.
   */
  public int execute(String command, String title, Map<String, ?> config, PrintWriter stdout, Body body)
      throws Exception {
    return run(command, config, stdout,
        folder -> RunOutcome.succeeded(body.run(folder, folder.report().section(title))));
  }
}
