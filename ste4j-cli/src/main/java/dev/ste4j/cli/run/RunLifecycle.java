package dev.ste4j.cli.run;

import dev.ste4j.cli.report.RunFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The life of every run that writes a run folder, in one place: create the folder (run.json, status
 * {@code running}), do the command's work, then end the run — {@code succeeded}, or {@code failed} with the outcome's
 * message — which writes report.html and the final run.json; print the outcome's lines and return its exit code.
 * Work that throws marks the run failed (its stack trace in errors.log, what was written kept) and the exception goes
 * on to the error handler, which prints it as one line with its exit code. Work that has ended the run itself before
 * throwing (e.g. {@code ste train} on divergence, with a message of its own) keeps that ending.
 *
 * <p>Commands only build a typed configuration before and render a typed result inside {@link Work}.
 */
public final class RunLifecycle {

  /** A command's work inside its run folder. */
  @FunctionalInterface
  public interface Work {
    RunOutcome run(RunFolder folder) throws Exception;
  }

  private RunLifecycle() {}

  /**
   * Creates a run folder under {@code root} for {@code command} (e.g. {@code lab yin2019 figure1}) with its
   * configuration and seed, and runs {@code work} in it; see the class comment.
   */
  public static int run(Path root, String command, Map<String, ?> config, long seed, PrintWriter stdout, Work work)
      throws Exception {
    return run(RunFolder.create(root, command, config, seed), stdout, work);
  }

  /** Runs {@code work} in a folder the caller has opened (e.g. one resumed, or locked first); see the class comment. */
  public static int run(RunFolder folder, PrintWriter stdout, Work work) throws Exception {
    Path report;
    RunOutcome outcome;
    try {
      outcome = work.run(folder);
      report = outcome.failure() == null ? folder.succeed() : folder.fail(outcome.failure());
    } catch (Exception | Error e) {
      // Does nothing when the work, or the ending above, has already ended the run.
      folder.fail(e);
      throw e;
    }
    for (String line : outcome.stdout().apply(report)) {
      stdout.println(line);
    }
    stdout.flush();
    return outcome.exitCode();
  }
}
