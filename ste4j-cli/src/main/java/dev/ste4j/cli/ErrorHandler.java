package dev.ste4j.cli;

import com.fasterxml.jackson.core.JacksonException;
import dev.ste4j.cli.report.JsonErrors;
import dev.ste4j.cli.report.Report;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one clear line on stderr and a non-zero exit code.
 *
 * <p>{@link UserError} (bad input: a malformed file, an unknown name, an impossible option) exits with its own code,
 * 2 by default; a file-system failure (no such file, permission denied, already exists, not a folder) is reported in
 * plain words with the path and exits 2; running out of memory ({@link OutOfMemory}) exits 1 with the advice to give
 * Java more; anything else is a bug or an environment failure and exits 1. {@code STE4J_DEBUG} adds the stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    var err = cl.getErr();
    if (e instanceof UserError u) {
      err.println("ste: " + u.getMessage());
      return u.exitCode();
    }
    if (e instanceof IllegalArgumentException) {
      err.println("ste: " + e.getMessage());
      return 2;
    }
    String path = PathErrors.describe(e);
    if (path != null) {
      err.println("ste: " + path);
      debugTrace(e, err);
      return 2;
    }
    if (e instanceof JacksonException j) {
      err.println("ste: unreadable JSON or YAML" + JsonErrors.describe(j));
      debugTrace(e, err);
      return 1;
    }
    // The same one line a report shows for a failure (ste4j's own messages alone, others with their type).
    err.println("ste: " + Report.describe(e));
    debugTrace(e, err);
    return 1;
  }

  /**
   * An {@link OutOfMemoryError} that no command described: names the command line that ran out, and exits
   * {@link OutOfMemory#EXIT}. Errors do not reach {@link #handleExecutionException}; the execution strategy of
   * {@link Ste#commandLine()} calls this.
   */
  static int outOfMemory(OutOfMemoryError e, CommandLine cl, List<String> args) {
    PrintWriter err = cl.getErr();
    err.println("ste: " + OutOfMemory.message("running 'ste " + String.join(" ", args) + "'"));
    debugTrace(e, err);
    return OutOfMemory.EXIT;
  }

  private static void debugTrace(Throwable e, PrintWriter err) {
    if (System.getenv("STE4J_DEBUG") != null) {
      e.printStackTrace(err);
    }
    err.flush();
  }
}
